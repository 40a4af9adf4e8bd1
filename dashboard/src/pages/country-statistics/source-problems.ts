import type { MutationProblems } from '../../editing/mutation-problems';

/**
 * The API names a bad source ID at `….source.sourceId`; the form's control for it is the choice of
 * source (`….source`), so the problem is shown there.
 */
export function problemsAtSourceField(problems: MutationProblems): MutationProblems {
  const entries = Object.entries(problems.fields);
  if (!entries.some(([path]) => path.endsWith('.source.sourceId'))) return problems;
  const fields: Record<string, string> = {};
  for (const [path, message] of entries) fields[path.replace(/\.source\.sourceId$/, '.source')] ??= message;
  return { ...problems, fields };
}
