import type { ApolloServerPlugin } from '@apollo/server';
import type { AtlasContext } from '../graphql/context';

/**
 * Tells the front door which answers it may keep (an anonymous query answered without errors), and
 * empties the cache after every mutation, here and, through `announceWrite`, on other instances.
 */
export function responseCachePlugin(onWrite: () => void): ApolloServerPlugin<AtlasContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          if (operation?.operation === 'mutation') {
            onWrite();
            return;
          }
          const anonymous = contextValue.viewer.userId === null;
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          contextValue.operation.cacheable = operation?.operation === 'query' && anonymous && clean;
        },
      };
    },
  };
}
