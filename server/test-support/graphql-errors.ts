import type { GraphQLResponse } from './test-atlas';

/** The `extensions.code` of a response's first error, if any. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The input paths named in a BAD_USER_INPUT response, sorted. */
export function fieldPaths(response: GraphQLResponse): string[] {
  return (response.errors?.[0]?.extensions?.fields ?? []).map((field) => field.path).sort();
}
