import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../load-seed';
import { weakAddresses, weakSourceProblems } from './weak-sources';

const seed = loadSeed();
const weak = weakAddresses();

describe('weak sources', () => {
  it('marks `weak: true` every source whose address the reference files flag weak, and no other', () => {
    expect(weakSourceProblems(seed.sources, weak)).toEqual([]);
    // Blogs and mirrors the seed cites: the check is not vacuous.
    expect(seed.sources.filter((s) => s.weak).map((s) => s.key)).toEqual(
      expect.arrayContaining(['voiceofrohingya-6p-amnesty', 'myanmarlabournotes-2012-return-aid']),
    );
  });

  it('names the key to mark, and the key to unmark, with the line of the reference that flags it', () => {
    const blog = seed.sources.findIndex((s) => s.key === 'voiceofrohingya-6p-amnesty');
    const publisherCopy = seed.sources.findIndex((s) => !s.weak && !weak.has(s.url));
    const sources = structuredClone(seed.sources);
    sources[blog]!.weak = undefined;
    sources[publisherCopy]!.weak = true;
    const unmarked = new RegExp(
      `^sources\\.yaml, record ${blog + 1} \\(voiceofrohingya-6p-amnesty\\): mark it \`weak: true\`: the reference flags http://thevoiceofrohingya\\.blogspot\\.com/\\S+ weak at asean-reintegration-facts-additions\\.md:\\d+$`,
    );
    const wronglyMarked = `sources.yaml, record ${publisherCopy + 1} (${sources[publisherCopy]!.key}): remove \`weak: true\`: no entry of the reference flags ${sources[publisherCopy]!.url} weak`;
    const problems = weakSourceProblems(sources, weak);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(unmarked));
    expect(problems).toContainEqual(wronglyMarked);
  });

  it('reads "(weak)", "(weak mirror)" and "(blog, weak)" before an address, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-weak-'));
    fs.writeFileSync(
      path.join(dir, 'facts.md'),
      [
        '- fact: 6P amnesty. — A blog reposting a statement (weak) — http://blog.example/a — "quote"',
        '- fact: A mirror. — Report (scribd) (weak mirror) — https://mirror.example/b. — "quote"',
        '- fact: Two copies. — Notes (blog, weak) — http://notes.example/c; http://notes.example/d',
        '- fact: Reintegration, the "weakest link". — RPN Radio — https://news.example/e',
        '- fact: Targeting was weak (a study). — The agency — https://agency.example/f — "weak (sic)"',
        '| LA | Remittances | World Bank via blog (weak) | https://table.example/g |',
        '| LA | Remittances | World Bank | https://table.example/h |',
      ].join('\n'),
    );
    expect([...weakAddresses(dir, ['facts.md']).keys()].sort()).toEqual([
      'http://blog.example/a',
      'http://notes.example/c',
      'http://notes.example/d',
      'https://mirror.example/b',
      'https://mirror.example/b.',
      'https://table.example/g',
    ]);
  });
});
