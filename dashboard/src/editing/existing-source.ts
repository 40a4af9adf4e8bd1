import type { MutationProblems } from './mutation-problems';

/**
 * The global ID of the source already citing an address: the `id` of createSource's
 * SOURCE_ALREADY_CITED problem at `input.url`; null for any other problem.
 */
export function existingSourceId(problems: Pick<MutationProblems, 'codes'>): string | null {
  const found = problems.codes?.['input.url'];
  return found?.code === 'SOURCE_ALREADY_CITED' && typeof found.values.id === 'string' ? found.values.id : null;
}
