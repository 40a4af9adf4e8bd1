import path from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../read-yaml-file';
import type { SeedData } from '../seed-schema';
import { REFERENCE_DIR, readReference } from './reference-entries';

/**
 * The ledger of what the seed leaves out of the additions file (reference/left-out.yaml): each fact
 * the Atlas does not hold, with why. Together with the seed's sources it accounts for every address
 * of the additions file, so a fact cannot be dropped without saying so.
 */
const LeftOutFact = z
  .object({
    section: z.string().regex(/^[A-I](\.\d+)?$/, 'a section of the additions file, such as "B.4"'),
    fact: z.string().min(10),
    url: z.string().url(),
    why: z.string().min(10),
  })
  .strict();
export type LeftOutFact = z.infer<typeof LeftOutFact>;

export const LEFT_OUT_FILE = path.join(REFERENCE_DIR, 'left-out.yaml');
export const ADDITIONS_FILE = 'asean-reintegration-facts-additions.md';

export function readLeftOut(file = LEFT_OUT_FILE): LeftOutFact[] {
  return z.array(LeftOutFact).parse(readYamlFile(file) ?? []);
}

/** Problems with the ledger: an address of the additions file neither cited nor accounted for, or a ledger entry for an address the file does not give. */
export function leftOutProblems(seed: SeedData, leftOut: LeftOutFact[]): string[] {
  const additions = readReference(REFERENCE_DIR, [ADDITIONS_FILE]).urls;
  const cited = new Set(seed.sources.map((s) => s.url));
  const explained = new Set(leftOut.map((f) => f.url));
  const problems: string[] = [];
  for (const url of additions) {
    const bare = url.replace(/[.,:]+$/, '');
    if (bare !== url && additions.has(bare)) continue;
    if (!cited.has(url) && !explained.has(url)) {
      problems.push(
        `${url}: an address of the additions file that no seed source cites and left-out.yaml does not explain`,
      );
    }
  }
  leftOut.forEach((fact, i) => {
    if (!additions.has(fact.url))
      problems.push(`left-out.yaml, entry ${i + 1}: ${fact.url} is not an address of the additions file`);
  });
  return problems;
}
