import { checkInput, type InputSchema } from '@atlas/shared/rules';
import { NO_PROBLEMS, problemsByPath, type MutationProblems, type SentProblem } from './mutation-problems';

/**
 * A form's input checked before it is sent, with the rules the API checks it with
 * (`@atlas/shared/rules`): every problem at once, at the paths the API would name (`input.title`),
 * for the fields and the summary to show; `extra` adds the form's own checks of the same kind (a
 * value against its indicator's unit). Only what passes is sent, typed as the API takes it.
 */
export function checkedInput<Input>(
  schema: InputSchema,
  candidate: unknown,
  { argument = 'input', extra = [] }: { argument?: string; extra?: SentProblem[] } = {},
): { input: Input; problems: null } | { input: null; problems: MutationProblems } {
  const all = [...checkInput(schema, candidate, argument).problems, ...extra];
  if (all.length === 0) return { input: candidate as Input, problems: null };
  return { input: null, problems: { ...NO_PROBLEMS, ...problemsByPath(all) } };
}
