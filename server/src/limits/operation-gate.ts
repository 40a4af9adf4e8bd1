import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, type GraphQLSchema } from 'graphql';
import { badUserInput, tooComplex } from '../graphql/errors';
import { argumentProblems } from './argument-check';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';
import { estimateCost } from './query-cost';

/**
 * Where every operation is let in or refused, whole, before any part of it runs: first its
 * arguments (argument-check.ts: ranges, list lengths, control characters), then its estimated cost
 * (query-cost.ts), which so only ever sees values in range. A refused operation answers at once
 * and costs no resolver, no statement: a bad argument beside expensive fields once answered at
 * once while the server went on computing those fields for seconds. An operation let in carries its
 * estimated cost and the limit in the answer's `extensions.cost`, as GitHub's `rateLimit` and
 * Shopify's `extensions.cost` do; the rate budget left is in the `RateLimit-*` headers of every
 * answer, so that an answer stays the same for everyone asking and a cached copy of it stays true.
 */
export function operationGate(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let estimated: number | null = null;
      return {
        async didResolveOperation({ request, document, operation, operationName }) {
          if (!operation) return; // Apollo has already refused a document without the operation asked for
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 1,
          });
          // Variables that do not fit their types: execution refuses them, naming each, before any resolver runs.
          if (variables.errors) return;
          const problems = argumentProblems(schema, document, operation, variables.coerced, limits);
          if (problems.length > 0) {
            const refusal = badUserInput(problems);
            throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 400 } } });
          }
          const cost = estimateCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          estimated = cost;
          if (cost !== null && cost > limits.maxCost) {
            throw tooComplex(
              `The estimated cost of this operation is ${cost}`,
              { name: 'maxCost', value: limits.maxCost, variable: LIMIT_VARIABLES.maxCost },
              { cost, http: { status: 400 } },
            );
          }
        },
        async willSendResponse({ response }) {
          // A refused operation's error names its cost already.
          if (estimated === null || estimated > limits.maxCost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated, limit: limits.maxCost } };
        },
      };
    },
  };
}
