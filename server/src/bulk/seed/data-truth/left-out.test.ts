import { describe, expect, it } from 'vitest';
import { loadSeed } from '../load-seed';
import { leftOutProblems, readLeftOut } from './left-out';

const seed = loadSeed();

describe('the additions file, accounted for', () => {
  it('has every address cited by a seed source or explained in left-out.yaml', () => {
    expect(leftOutProblems(seed, readLeftOut())).toEqual([]);
  });

  it('names an address that is neither cited nor explained, and a ledger entry for an address the file does not give', () => {
    const leftOut = readLeftOut();
    const cited = seed.sources.find((s) => s.url.includes('thailand.iom.int/news/un-migration-agency'));
    const withoutIt = { ...seed, sources: seed.sources.filter((s) => s !== cited) };
    const explainedElsewhere = leftOut.filter((f) => f.url !== cited?.url);
    expect(cited, 'the seed cites the PROMISE launch').toBeDefined();
    expect(leftOutProblems(withoutIt, explainedElsewhere)).toEqual([
      `${cited?.url}: an address of the additions file that no seed source cites and left-out.yaml does not explain`,
    ]);
    const stray = {
      section: 'B.2',
      fact: 'A fact from nowhere.',
      url: 'https://example.org/x',
      why: 'Not in the file.',
    };
    expect(leftOutProblems(seed, [...leftOut, stray])).toEqual([
      `left-out.yaml, entry ${leftOut.length + 1}: https://example.org/x is not an address of the additions file`,
    ]);
  });
});
