import type { ReactNode } from 'react';
import { AuthProvider, type Me } from '../auth/AuthProvider';
import { writeSession } from '../auth/stored-session';
import type { ApiAnswers } from '../test-support/api-stub';

// Component tests only: who is signed in, for the pages and panels that depend on the role.

export const TEST_API_URL = 'http://atlas.test/graphql';

/**
 * Signs in a test account of `role` (or signs out, for null) and gives the answer to its Me query,
 * to add to the stub's answers. Render the component inside `<SignedIn>`.
 */
export function viewer(role: Me['role'] | null): ApiAnswers {
  localStorage.clear();
  if (role === null) return {};
  writeSession({ token: 't'.repeat(43), expiresAt: '2099-01-01T00:00:00.000Z' });
  return { Me: { me: { id: 'VXNlcjox', name: `Test ${role.toLowerCase()}`, email: 'test@atlas.test', role } } };
}

/** The app's AuthProvider, against the stubbed API. */
export function SignedIn({ children }: { children: ReactNode }) {
  return <AuthProvider apiUrl={TEST_API_URL}>{children}</AuthProvider>;
}
