import { Extensions } from 'type-graphql';

/** The values an Int argument or input field accepts, both ends included. */
export interface ArgumentRange {
  min: number;
  max: number;
}

const RANGE = 'atlasRange';

/**
 * Declares the range of an Int argument (a field of an `@ArgsType`) or input field. The operation
 * gate (operation-gate.ts) refuses a value outside it, naming the argument, before the operation's
 * cost is estimated and before anything runs: a page size of -50 can neither lower the estimate
 * nor reach a resolver.
 */
export function Range(min: number, max: number) {
  return Extensions({ [RANGE]: { min, max } satisfies ArgumentRange });
}

/** The range an argument or input field was declared with, if any. */
export function rangeOf(definition: {
  extensions?: Readonly<Record<string, unknown>> | null;
}): ArgumentRange | undefined {
  return definition.extensions?.[RANGE] as ArgumentRange | undefined;
}

/** What is wrong with a value outside its range (the message the API has always given for `first`). */
export function outOfRange(range: ArgumentRange, value: number): string | null {
  return value < range.min || value > range.max ? `must be between ${range.min} and ${range.max}, got ${value}` : null;
}
