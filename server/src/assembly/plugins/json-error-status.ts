import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * GraphQL over HTTP: a client that accepts only `application/json` should get 200 for a request
 * that failed to parse, validate or coerce its variables (the errors are in the body); 4xx status
 * codes are for `application/graphql-response+json`, which Apollo already answers correctly.
 */
export function jsonErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept');
      const preferred = accept
        ? new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE])
        : JSON_TYPE;
      if (preferred !== JSON_TYPE) return;
      // A request that is not a well-formed GraphQL request (no query, a query that is not a string) keeps its 400.
      let malformed = false;
      return {
        async didEncounterErrors({ errors }) {
          malformed ||= errors.some((error) => error.extensions.code === 'BAD_REQUEST');
        },
        async willSendResponse({ response }) {
          if (
            !malformed &&
            response.http.status === 400 &&
            response.body.kind === 'single' &&
            !('data' in response.body.singleResult)
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
