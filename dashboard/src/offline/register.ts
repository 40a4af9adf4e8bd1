/**
 * Registers the service worker (sw.ts) in a built dashboard. Browsers allow one only in a secure
 * context (HTTPS, or localhost): over plain http:// on a LAN `navigator.serviceWorker` is missing and
 * the dashboard works as before, online only (README, "Offline").
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('The offline copy is not available:', error);
    });
  });
}
