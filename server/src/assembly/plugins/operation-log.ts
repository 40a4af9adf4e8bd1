import type { ApolloServerPlugin } from '@apollo/server';
import type { AtlasContext } from '../../graphql/context';

/** Puts the operation's name and type into the request's log line. */
export function operationLogPlugin(): ApolloServerPlugin<AtlasContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation, contextValue }) {
          contextValue.operation.name = operationName ?? undefined;
          contextValue.operation.type = operation?.operation;
        },
      };
    },
  };
}
