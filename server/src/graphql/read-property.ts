import type { GraphQLFieldResolver } from 'graphql';

/**
 * The resolver of a field that reads its record's property of the same name (assembly/schema.ts
 * gives it to every such field). A function, not graphql's default resolver: a compiled query reads
 * a field without a resolver inline and would not wait for a promised value (a page's `totalCount`).
 */
export const readProperty: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _context, info) =>
  source[info.fieldName];
