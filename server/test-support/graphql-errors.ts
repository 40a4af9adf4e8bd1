import { expect } from 'vitest';
import type { GraphQLResponse } from './test-atlas';

/** The `extensions.code` of a response's first error, if any. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The input paths named in a BAD_USER_INPUT response, sorted. */
export function fieldPaths(response: GraphQLResponse): string[] {
  return (response.errors?.[0]?.extensions?.fields ?? []).map((field) => field.path).sort();
}

/** Expects a BAD_USER_INPUT response naming exactly these input paths (sorted, as `fieldPaths` gives them). */
export function expectBadInput(response: GraphQLResponse, paths: string[]): void {
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(fieldPaths(response)).toEqual(paths);
}
