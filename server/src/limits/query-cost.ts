import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { tooComplex } from '../graphql/errors';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

/** The page size a connection returns without `first` (pagination.ts's default). */
const DEFAULT_PAGE_SIZE = 20;
/** What a list without `first` (sources, outcomes, countries) is assumed to hold: a dozen items at most, in the real data. */
const ASSUMED_LIST_LENGTH = 10;

/** Introspection costs nothing: its size is the schema's, fixed and public. */
const introspectionEstimator: ComplexityEstimator = ({ field }) => (field.name.startsWith('__') ? 0 : undefined);

/** A connection costs its page size (`first`, default 20) times what one item costs. */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + first * childComplexity;
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

/**
 * Refuses an operation whose estimated cost is over the limit before it runs: each field costs 1
 * (or its type-graphql `complexity`), connections multiply by their page size, lists by their usual length.
 */
export function queryCostPlugin(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const cost = estimateCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          if (cost !== null && cost > limits.maxCost) {
            throw tooComplex(
              `The estimated cost of this operation is ${cost}`,
              { name: 'maxCost', value: limits.maxCost, variable: LIMIT_VARIABLES.maxCost },
              { cost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
