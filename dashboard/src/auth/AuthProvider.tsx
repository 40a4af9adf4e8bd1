import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery } from 'urql';
import { createApiClient } from '../api-client';
import { graphql, type ResultOf } from '../graphql';
import { SNAPSHOT } from '../snapshot/snapshot-meta';
import { onSessionChange, readSession, writeSession, type StoredSession } from './stored-session';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      role
    }
  }
`);

export type Me = NonNullable<ResultOf<typeof MeQuery>['me']>;

interface Auth {
  /** The signed-in account, null for an anonymous reader, undefined while it is being checked. */
  me: Me | null | undefined;
  signedIn(session: StoredSession): void;
  signOut(): void;
}

const AuthContext = createContext<Auth>({ me: null, signedIn: () => {}, signOut: () => {} });

export function useAuth(): Auth {
  return useContext(AuthContext);
}

/**
 * The API client of the signed-in session (its bearer token on every request). Signing in or out,
 * here or in another tab, makes a new client: nothing cached for one viewer is shown to another.
 * A snapshot has no accounts: its reader is always anonymous.
 */
export function AuthProvider({ children, apiUrl }: { children: ReactNode; apiUrl?: string }) {
  const [session, setSession] = useState(() => (SNAPSHOT ? null : readSession()));
  useEffect(() => onSessionChange(() => setSession(readSession())), []);
  const client = useMemo(() => createApiClient(apiUrl, session?.token), [apiUrl, session]);
  const signedIn = useCallback((next: StoredSession) => {
    writeSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    writeSession(null);
    setSession(null);
  }, []);
  return (
    <Provider value={client}>
      <CurrentAccount signedIn={signedIn} signOut={signOut} hasSession={session !== null}>
        {children}
      </CurrentAccount>
    </Provider>
  );
}

function CurrentAccount({
  hasSession,
  signedIn,
  signOut,
  children,
}: Omit<Auth, 'me'> & { hasSession: boolean; children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: MeQuery, pause: !hasSession, requestPolicy: 'network-only' });
  const expired = error?.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED') ?? false;
  useEffect(() => {
    if (expired) signOut();
  }, [expired, signOut]);
  const me = !hasSession ? null : data ? data.me : undefined;
  const value = useMemo(() => ({ me, signedIn, signOut }), [me, signedIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
