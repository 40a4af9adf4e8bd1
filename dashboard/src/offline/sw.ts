/// <reference lib="webworker" />
import { clientsClaim, type RouteHandlerCallback, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { SAVED_AT_HEADER } from './saved-answer';

/**
 * The dashboard's service worker (built by vite-plugin-pwa, which fills in the precache list): a
 * participant whose Wi-Fi drops can reload and keep reading the pages already opened.
 * - the application shell (index.html, every JS and CSS chunk of the dashboard, the message
 *   catalogs, the favicon) is precached; GraphiQL is not;
 * - pages (`/en/…`, `/id/…`) come from the Atlas when it answers, else the cached index.html;
 * - anonymous GET answers of the API: from the Atlas, or after a short wait the saved copy.
 * Writes (POST), signed-in requests (Authorization), /graphiql, /export/* and /healthz are left to
 * the network: nothing is queued, and nothing an account sees is stored.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** How long a page or an answer may take before the saved copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;

/** What the Atlas's server answers itself (server/src/dashboard-routes.ts), never the dashboard. */
const SERVER_PATHS = /^\/(graphql|graphiql|healthz|readyz|export|assets)(\/|$)/;

const API = new URL(import.meta.env.VITE_ATLAS_API_URL ?? '/graphql', self.location.href);

// A new release takes over at once (its old precache emptied), so no tab keeps an old build's answers.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

const appShell: RouteHandlerCallback = async ({ request }) => {
  try {
    return await withTimeout(fetch(request), NETWORK_TIMEOUT_SECONDS);
  } catch (error) {
    const shell = await matchPrecache('/index.html');
    if (!shell) throw error;
    return shell;
  }
};
// Before the precache's own route, which would answer `/` from the cache even when online.
registerRoute(new NavigationRoute(appShell, { denylist: [SERVER_PATHS] }));

precacheAndRoute(self.__WB_MANIFEST);

/** Keeps only answers the Atlas marks as shareable, stamped with the time they were fetched. */
const savedAnswers: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    const cacheControl = response.headers.get('Cache-Control') ?? '';
    if (response.status !== 200 || /no-store|private/.test(cacheControl)) return null;
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, response.headers.get('Date') ?? new Date().toUTCString());
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
};

registerRoute(
  ({ url, request }) =>
    url.origin === API.origin &&
    url.pathname === API.pathname &&
    url.search !== '' &&
    !request.headers.has('Authorization'),
  new NetworkFirst({
    cacheName: 'atlas-answers',
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    // The Atlas varies its answers on Accept and Authorization: only anonymous JSON answers are kept
    // here, and the answers register.ts asks for again come without urql's Accept header.
    matchOptions: { ignoreVary: true },
    plugins: [
      savedAnswers,
      // A page's answers are a few KB: 300 is every page of a workshop, for a fortnight.
      new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 14 * 24 * 60 * 60, purgeOnQuotaError: true }),
    ],
  }),
  'GET',
);

function withTimeout<T>(promise: Promise<T>, seconds: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${seconds} s`)), seconds * 1000);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
