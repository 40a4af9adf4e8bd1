import { API_URL } from '../api-client';
import { SNAPSHOT } from '../snapshot/snapshot-meta';

/**
 * Registers the service worker (sw.ts) in a built dashboard. Browsers allow one only in a secure
 * context (HTTPS, or localhost): over plain http:// on a LAN `navigator.serviceWorker` is missing and
 * the dashboard works as before, online only (README, "Offline"). A snapshot's folder never
 * changes and holds no service worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || SNAPSHOT || !('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  if (!serviceWorker.controller)
    serviceWorker.addEventListener('controllerchange', saveAnswersAlreadyFetched, { once: true });
  window.addEventListener('load', () => {
    serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('The offline copy is not available:', error);
    });
  });
}

/**
 * At the first visit the page asks its questions before the service worker takes over, so they
 * pass it by: it is asked to fetch and keep them now (Workbox's CACHE_URLS message), so that
 * the first page read also survives a dropped connection. A GET to the API is one with a query string.
 */
function saveAnswersAlreadyFetched(): void {
  const api = new URL(API_URL, location.href).href;
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${api}?`));
  navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
}
