import { expect, it } from 'vitest';
import { loadSeed } from '../load-seed';
import { checkSeedAgainstReference } from './seed-check';

it('passes the real seed, and names the record when any one of its checks fails', () => {
  const seed = loadSeed();
  const clean = checkSeedAgainstReference(seed);
  expect(clean.problems).toEqual([]);
  expect(clean.checked).toBeGreaterThan(3000);

  const weak = seed.sources.findIndex((source) => source.weak);
  const unmarked = structuredClone(seed);
  unmarked.sources[weak]!.weak = false;
  const changedUrl = structuredClone(seed);
  changedUrl.sources[weak]!.url = `${seed.sources[weak]!.url}-moved`;
  expect(checkSeedAgainstReference(unmarked).problems).toEqual([
    expect.stringContaining(`record ${weak + 1} (${seed.sources[weak]!.key}): mark it \`weak: true\``),
  ]);
  // Moved away from its address: no longer the reference's, and the address is no longer accounted for.
  expect(checkSeedAgainstReference(changedUrl).problems.length).toBeGreaterThanOrEqual(2);
});
