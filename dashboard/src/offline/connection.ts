import { useSyncExternalStore } from 'react';
import { SAVED_AT_HEADER } from './saved-answer';

/**
 * What the dashboard knows of its connection to the Atlas, from the answers it gets:
 * - `savedAt`: the answers on screen came from the service worker's saved copies (the Atlas did not
 *   answer in time), the oldest of them fetched then; null once the Atlas answers again;
 * - `unreachable`: the last request got no answer at all, not even a saved one;
 * - `offline`: the browser says it has no network (navigator.onLine).
 */
export interface Connection {
  offline: boolean;
  unreachable: boolean;
  savedAt: Date | null;
}

let current: Connection = { offline: false, unreachable: false, savedAt: null };
const listeners = new Set<() => void>();

function update(change: Partial<Connection>): void {
  const next = { ...current, ...change };
  if (
    next.offline === current.offline &&
    next.unreachable === current.unreachable &&
    next.savedAt?.getTime() === current.savedAt?.getTime()
  )
    return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const online = () => update({ offline: !navigator.onLine });
  online();
  window.addEventListener('online', online);
  window.addEventListener('offline', online);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', online);
    window.removeEventListener('offline', online);
  };
}

export function useConnection(): Connection {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}

/** The API client's fetch: the global fetch, noting whether each answer was live, saved or missing. */
export async function watchedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (error) {
    update({ unreachable: true });
    throw error;
  }
  const saved = response.headers.get(SAVED_AT_HEADER);
  const savedAt = saved === null ? null : new Date(saved);
  if (savedAt === null || Number.isNaN(savedAt.getTime())) update({ unreachable: false, savedAt: null });
  else
    update({ unreachable: false, savedAt: current.savedAt && current.savedAt < savedAt ? current.savedAt : savedAt });
  return response;
}

/** Forgets what was noted (between tests). */
export function resetConnection(): void {
  current = { offline: false, unreachable: false, savedAt: null };
}
