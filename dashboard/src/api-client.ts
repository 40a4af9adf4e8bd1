import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * Where the API lives: the same origin by default (`/graphql`, as `pnpm start` serves it), or the
 * URL given at build time in VITE_ATLAS_API_URL when the dashboard is deployed on its own.
 */
export const API_URL: string = import.meta.env.VITE_ATLAS_API_URL ?? '/graphql';

/** Where the server's other pages are (the explorer, the downloads): beside its /graphql. */
export const API_BASE: string = API_URL.replace(/\/graphql$/, '');

/** The API client; with a session token, every request carries it as a bearer token. */
export function createApiClient(url = API_URL, token?: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // GET for queries: cacheable by the browser and any proxy on a slow venue connection.
    preferGetMethod: 'within-url-limit',
    requestPolicy: 'cache-first',
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
  });
}
