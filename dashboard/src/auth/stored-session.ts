/** The signed-in session, kept in localStorage so every tab of the dashboard shares it. */
export interface StoredSession {
  token: string;
  expiresAt: string;
}

const KEY = 'atlas.session';

export function readSession(): StoredSession | null {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return session && new Date(session.expiresAt) > new Date() ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

/** Calls back when another tab signs in or out. */
export function onSessionChange(callback: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY) callback();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
