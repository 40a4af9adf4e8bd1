import { checkInput } from '@atlas/shared/rules';
import type { z } from 'zod';
import { badUserInput } from './errors';

/**
 * The one way mutations check their input: a zod schema per input (in `@atlas/shared/rules`, which
 * the dashboard's forms check too), every problem reported at once as BAD_USER_INPUT with
 * `extensions.fields` paths rooted at the argument (`input.sources[1].url`). References to stored
 * records (a country code, a programme id) are checked by the service in the same round, with
 * `checkInput` (problems of both kinds reported together); nothing is written while any remains.
 */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, argument = 'input'): z.output<S> {
  const { data, problems } = checkInput(schema, value, argument);
  if (problems.length > 0) throw badUserInput(problems);
  return data!;
}

export { checkInput, pathOf } from '@atlas/shared/rules';
