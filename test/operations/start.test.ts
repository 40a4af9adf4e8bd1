import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, tempSqlitePath } from '../api/atlas-process';

const ROOT = path.resolve(__dirname, '..', '..');
/** The README's command. */
const START = 'npx -y pnpm@12.4.2 start';

/**
 * `npx -y pnpm@12.4.2 start` in a terminal, as a person runs it: util-linux's `script` gives it a
 * pseudo-terminal, and what is written to its standard input is typed on that terminal's keyboard.
 */
function startInTerminal(env: Record<string, string>) {
  const { DATABASE_URL: _unused, LOG_FORMAT: _asked, ...inherited } = process.env;
  const child = spawn('script', ['--quiet', '--flush', '--return', '--command', START, '/dev/null'], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return {
    child,
    exited,
    output: () => output.replace(/\r\n/g, '\n'),
    type: (keys: string) => child.stdin.write(keys),
  };
}

describe('npx -y pnpm@12.4.2 start, in a terminal', () => {
  let terminal: ReturnType<typeof startInTerminal> | undefined;
  afterAll(() => terminal?.child.kill('SIGKILL'));

  it('says where everything is, logs no request, and stops on Ctrl-C with exit code 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    terminal = startInTerminal({ PORT: String(port), SQLITE_PATH: tempSqlitePath() });
    const deadline = Date.now() + 120_000;
    while (
      !(await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (terminal.child.exitCode !== null) throw new Error(`pnpm start exited:\n${terminal.output()}`);
      if (Date.now() > deadline) throw new Error(`pnpm start did not become ready:\n${terminal.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // A page load: the page, its scripts, and its queries.
    const page = await (await fetch(`${url}/practices`)).text();
    for (const [, asset] of page.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) await fetch(`${url}${asset}`);
    await fetch(`${url}/graphql?query=${encodeURIComponent('{ countries { code } }')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const shown = terminal.output();
    expect(shown).toContain('Reintegration Atlas is ready, on SQLite ');
    expect(shown).toContain(`Dashboard          http://localhost:${port}/\n`);
    expect(shown).toContain(`GraphQL explorer   http://localhost:${port}/graphiql\n`);
    expect(shown).toContain(`GraphQL API        http://localhost:${port}/graphql\n`);
    expect(shown).toContain(
      'No account yet. To create the first one (it asks for its password):\n' +
        '    npx -y pnpm@12.4.2 cli user create --email you@example.org --name "Your Name" --role ADMIN\n',
    );
    expect(shown).not.toContain('{"level"');
    expect(shown).not.toMatch(/\/assets\/|request completed|GET \//);

    terminal.type('\x03');
    const [code] = await terminal.exited;
    const stopped = terminal.output();
    expect(stopped).toMatch(/info {2}shutting down: draining requests in flight signal=Ctrl-C\n/);
    expect(stopped).toContain('stopped: database closed');
    expect(stopped).not.toMatch(/Command failed|ELIFECYCLE|ERR_PNPM/);
    expect(code).toBe(0);
    expect(
      await fetch(`${url}/healthz`).then(
        () => 'answering',
        () => 'stopped',
      ),
    ).toBe('stopped');
  });
});
