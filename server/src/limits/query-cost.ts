import { getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../graphql/page-size';

/** What a list without `first` (sources, outcomes, countries) is assumed to hold: a dozen items at most, in the real data. */
const ASSUMED_LIST_LENGTH = 10;

/** Introspection costs nothing: its size is the schema's, fixed and public. */
const introspectionEstimator: ComplexityEstimator = ({ field }) => (field.name.startsWith('__') ? 0 : undefined);

/**
 * A connection costs its page size (`first`, or `last`, default 20) times what one item costs. The
 * operation gate has refused any page size out of its range before this runs; still, no value may
 * lower the estimate: below 1 it counts as 1 (a connection's own fields, totalCount and facets, are
 * computed whatever its page size), so a negative page can never cancel the cost of its siblings.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return undefined;
  const size = [args.first, args.last].find((value): value is number => typeof value === 'number');
  return 1 + Math.max(size ?? DEFAULT_PAGE_SIZE, 1) * childComplexity;
};

/** A plain list costs its usual length times one item; a connection's nodes and edges are already counted by `first`. */
const listEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return undefined;
  const pageOfConnection = type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges');
  return 1 + (pageOfConnection ? 1 : ASSUMED_LIST_LENGTH) * childComplexity;
};

const ESTIMATORS = [
  introspectionEstimator,
  fieldExtensionsEstimator(),
  pageEstimator,
  listEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

/** The estimated cost of an operation, or null when the variables do not fit it (execution then reports that, naming them). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: ESTIMATORS });
  } catch {
    return null;
  }
}
