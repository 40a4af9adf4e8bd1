import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, expect, it } from 'vitest';
import { atlasSchema } from '../assembly/schema';
import { estimateCost } from './query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await atlasSchema();
});

const cost = (first: number) =>
  estimateCost(
    schema,
    parse(`{ practices(first: ${first}) { totalCount facets { themes { count } } nodes { title } } }`),
  );

it('lets no page size lower the estimate below that of a page of one', () => {
  const one = cost(1)!;
  expect(one).toBeGreaterThan(10);
  // The gate refuses these before the estimate; were one to slip past, it would still cost its siblings.
  for (const first of [0, -1, -100, -2147483648]) expect(cost(first), String(first)).toBe(one);
  expect(cost(100)!).toBeGreaterThan(one);
});
