import type { ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import { AuthProvider, type Me } from '../auth/AuthProvider';
import { writeSession } from '../auth/stored-session';
import type { Role } from '../editing/RequireRole';
import { LocalizedRoutes } from '../i18n/LocalizedRoutes';
import { renderAt, stubApi, type ApiAnswers } from './api-stub';

// Component tests only: renders a page or panel as a signed-in account of a role.

/** The test account of each role, as the `Me` query gives it. */
export const ACCOUNTS: Record<Role, Me> = {
  CONTRIBUTOR: { id: 'VXNlcjoz', name: 'Connie Tributor', email: 'contributor@atlas.test', role: 'CONTRIBUTOR' },
  EDITOR: { id: 'VXNlcjoy', name: 'Ed Itor', email: 'editor@atlas.test', role: 'EDITOR' },
  ADMIN: { id: 'VXNlcjox', name: 'Ad Min', email: 'admin@atlas.test', role: 'ADMIN' },
};

/**
 * Renders `ui` at `path` inside the app's AuthProvider with a stored session of `role` (or of nobody
 * when `role` is null), its API answering `answers` and, for a role, the `Me` query with its account.
 * `requests` are the requests made to the stubbed API so far.
 */
export function renderSignedIn(role: Role | null, path: string, ui: ReactNode, answers: ApiAnswers) {
  localStorage.clear();
  if (role) writeSession({ token: 't'.repeat(43), expiresAt: '2099-01-01T00:00:00.000Z' });
  onTestFinished(() => localStorage.clear());
  const stub = stubApi(role ? { Me: { me: ACCOUNTS[role] }, ...answers } : answers);
  const view = renderAt(path, <AuthProvider apiUrl="http://atlas.test/graphql">{ui}</AuthProvider>, stub);
  return { ...view, requests: stub.requests };
}

/**
 * renderSignedIn for the Indonesian page at `/id` + `path`: `ui` inside the app's language routes, as
 * the app renders it. Load the Indonesian catalog first (`beforeAll(() => loadCatalog('id'))`).
 */
export function renderSignedInIndonesian(role: Role | null, path: string, ui: ReactNode, answers: ApiAnswers) {
  return renderSignedIn(role, `/id${path}`, <LocalizedRoutes>{ui}</LocalizedRoutes>, answers);
}
