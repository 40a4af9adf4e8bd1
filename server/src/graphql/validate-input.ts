import type { z } from 'zod';
import { badUserInput, type FieldProblem } from './errors';

/**
 * The one way mutations check their input: a zod schema per input, every problem reported at once
 * as BAD_USER_INPUT with `extensions.fields` paths rooted at the argument (`input.sources[1].url`).
 * References to stored records (a country code, a programme id) are checked by the service after
 * this, and reported the same way; nothing is written while any problem remains.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = 'input'): z.infer<S> {
  const { data, problems } = checkInput(schema, value, argument);
  if (problems.length > 0) throw badUserInput(problems);
  return data!;
}

/**
 * The same check without throwing, for a service that also checks references in the same input and
 * reports every problem of both kinds at once.
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument = 'input',
): { data: z.infer<S> | undefined; problems: FieldProblem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue): FieldProblem => ({
      path: pathOf(argument, issue.path),
      message: issue.message,
    })),
  };
}

export function pathOf(argument: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : `${joined}.${String(key)}`),
    argument,
  );
}
