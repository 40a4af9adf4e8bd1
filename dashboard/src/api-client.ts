import { Client, cacheExchange, fetchExchange } from 'urql';
import { watchedFetch } from './offline/connection';
import { snapshotFetch } from './snapshot/snapshot-answers';
import { SNAPSHOT } from './snapshot/snapshot-meta';

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
    // GET for every query, however long: cacheable by the browser, any proxy on a slow venue
    // connection and the service worker (offline/sw.ts), which keeps no POST. urql's own limit
    // (2,048 characters) sent the practice, programme and country pages' queries as POST; the
    // longest is 2.2 KB as a URL, and api-client.test.ts keeps every one within 6 KB.
    preferGetMethod: 'force',
    requestPolicy: 'cache-first',
    // Notes answers the service worker gave from its saved copies (offline/OfflineNote.tsx); in a
    // snapshot's folder, answers from the snapshot, never from the network (snapshot/).
    fetch: SNAPSHOT ? snapshotFetch : watchedFetch,
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
  });
}
