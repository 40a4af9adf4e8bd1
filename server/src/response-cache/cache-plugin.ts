import type { ApolloServerPlugin } from '@apollo/server';
import type { AtlasContext } from '../graphql/context';

/**
 * Notes which answers the response cache may keep, and browsers revalidate rather than refetch: an
 * anonymous query answered without errors. (Writes empty the cache when they commit:
 * committed-writes.ts.)
 */
export function cacheablePlugin(): ApolloServerPlugin<AtlasContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          const anonymous = contextValue.viewer.userId === null;
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          contextValue.operation.cacheable = operation?.operation === 'query' && anonymous && clean;
        },
      };
    },
  };
}
