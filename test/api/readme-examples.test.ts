import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from './atlas-process';

const README = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const README_ORIGIN = 'http://localhost:4000';

const blocks = (language: string) =>
  [...README.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
/** Inline code spans of the prose (code blocks left out). */
const inlineCode = () =>
  [...README.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
/** The commands of shell blocks: a line at the margin starts one, indented lines continue it; comments are not commands. */
const shellCommands = () =>
  blocks('sh').flatMap((block) =>
    block.split('\n').reduce<string[]>((commands, line) => {
      if (/^\s*(#|$)/.test(line)) return commands;
      if (/^\s/.test(line) && commands.length > 0) commands[commands.length - 1] += `\n${line}`;
      else commands.push(line);
      return commands;
    }, []),
  );

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/** Data, no error, and something in every field asked for: a list or page with at least one item. */
function expectData(answer: Answer, example: string) {
  expect(answer.errors, example).toBeUndefined();
  expect(answer.data, example).toBeTruthy();
  for (const [field, value] of Object.entries(answer.data!)) {
    expect(value, `${field} in ${example}`).not.toBeNull();
    const items = Array.isArray(value) ? value : (value as { nodes?: unknown[] }).nodes;
    if (items) expect(items.length, `${field} in ${example}`).toBeGreaterThan(0);
  }
}

describe("the README's examples, pasted as they are, on the seeded Atlas", () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  beforeAll(async () => {
    atlas = await startSeededAtlas();
  });
  afterAll(() => atlas?.dispose());

  it('answers every GraphQL example with data', async () => {
    const examples = blocks('graphql');
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const query of examples) {
      const response = await fetch(`${atlas.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status, query).toBe(200);
      expectData((await response.json()) as Answer, query);
    }
  });

  it('answers every curl command with data', () => {
    const curls = shellCommands().filter((command) => command.startsWith('curl '));
    expect(curls.length).toBeGreaterThanOrEqual(2);
    for (const command of curls) {
      const output = execFileSync('sh', ['-c', command.replaceAll(README_ORIGIN, atlas.url)], { encoding: 'utf8' });
      expectData(JSON.parse(output) as Answer, command);
    }
  });

  it('answers every download address with rows', async () => {
    const downloads = inlineCode().flatMap((code) => /^GET (\/\S+)$/.exec(code)?.[1] ?? []);
    expect(downloads.length).toBeGreaterThanOrEqual(2);
    for (const address of downloads) {
      const response = await fetch(`${atlas.url}${address}`);
      expect(response.status, address).toBe(200);
      expect((await response.text()).split('\n').length, address).toBeGreaterThan(2);
    }
  });
});

describe("the README's commands", () => {
  it('are spelled so that they work with only npm at hand', () => {
    const commands = [...shellCommands(), ...inlineCode()];
    const bare = commands.filter((command) => /(^|[\s|&;(])pnpm\s/.test(command));
    expect(bare, 'spell them `npx -y pnpm@12.4.2 …`').toEqual([]);
  });
});
