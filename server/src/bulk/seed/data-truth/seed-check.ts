import type { SeedData } from '../seed-schema';
import { checkDataTruth } from './data-truth';
import { leftOutProblems, readLeftOut } from './left-out';
import { weakAddresses, weakSourceProblems } from './weak-sources';

/**
 * Every check of the seed against the reference files, as `pnpm cli seed` runs them before it
 * loads or validates anything: each number in an entry of a source its record cites, each address
 * of the additions file cited or explained in left-out.yaml, each source the files flag weak marked
 * so, and no other.
 */
export function checkSeedAgainstReference(data: SeedData): { checked: number; problems: string[] } {
  const truth = checkDataTruth(data);
  return {
    checked: truth.checked,
    problems: [
      ...truth.problems,
      ...leftOutProblems(data, readLeftOut()),
      ...weakSourceProblems(data.sources, weakAddresses()),
    ],
  };
}
