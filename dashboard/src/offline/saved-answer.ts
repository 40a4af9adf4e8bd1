/**
 * The header the service worker adds to an API answer it stores, and which the dashboard finds on
 * an answer that came from that store rather than from the Atlas: when the answer was fetched (its
 * Date header as the Atlas sent it). Shared by both sides, so it imports nothing of either.
 */
export const SAVED_AT_HEADER = 'Atlas-Saved-At';
