import * as z from 'zod/mini';
import { problemOfIssue, type ProblemValues } from './problems.js';

/** One of the input schemas (a zod schema), as code that does not depend on zod itself names it. */
export type InputSchema = z.core.$ZodType;

/**
 * One problem of an input, at its path as the API names it (`input.sources[1].url`): its English
 * message, and its code and values (problems.ts) for saying it in another language.
 */
export interface FieldProblem {
  path: string;
  message: string;
  code: string;
  values: ProblemValues;
}

/** The code of a problem no rule of the Atlas names (zod's own, such as a field the input does not have). */
export const INVALID = 'INVALID';

/**
 * Every problem of `value` against one of the input schemas at once, each at its path rooted at the
 * argument (`input`, `inputs`; '' for top-level arguments), or the parsed value. The API reports these
 * as BAD_USER_INPUT's `extensions.fields`; the dashboard's forms show the same, before sending.
 */
export function checkInput<S extends InputSchema>(
  schema: S,
  value: unknown,
  argument = 'input',
): { data: z.output<S> | undefined; problems: FieldProblem[] } {
  const result = z.safeParse(schema, value);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue) => ({
      path: pathOf(argument, issue.path),
      message: issue.message,
      ...(problemOfIssue(issue) ?? { code: INVALID, values: {} }),
    })),
  };
}

/** `input` and `['sources', 1, 'url']` → `input.sources[1].url`; '' and `['email']` → `email`. */
export function pathOf(argument: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (joined, key) =>
      typeof key === 'number' ? `${joined}[${key}]` : joined === '' ? String(key) : `${joined}.${String(key)}`,
    argument,
  );
}
