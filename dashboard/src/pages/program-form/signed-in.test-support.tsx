import type { ReactNode } from 'react';
import { AuthProvider, type Me } from '../../auth/AuthProvider';
import { writeSession } from '../../auth/stored-session';
import { renderAt, stubApi, type ApiAnswers } from '../../test-support/api-stub';

// Component tests of the editors' forms only.

/**
 * Renders `ui` at `path` for an account of `role` (or an anonymous reader), with the API answering
 * `answers` and `Me` with that account.
 */
export function renderSignedIn(role: Me['role'] | null, path: string, ui: ReactNode, answers: ApiAnswers) {
  localStorage.clear();
  if (role) writeSession({ token: 's'.repeat(43), expiresAt: '2099-01-01T00:00:00.000Z' });
  const me: Me | null = role && { id: 'VXNlcjox', name: 'Ed Itor', email: 'editor@atlas.test', role };
  const stub = stubApi({ Me: { me }, ...answers });
  const view = renderAt(path, <AuthProvider apiUrl="http://atlas.test/graphql">{ui}</AuthProvider>, stub);
  return { ...view, stub };
}

/** The problem shown beside a control (the element its aria-describedby names), or null. */
export function problemBeside(control: HTMLElement): string | null {
  const id = control.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** The variables of the last request of an operation. */
export function lastVariables(requests: { operationName: string; variables: Record<string, unknown> }[], name: string) {
  return requests.filter((request) => request.operationName === name).at(-1)?.variables;
}

/** A BAD_USER_INPUT answer naming each problem at its path. */
export function badUserInput(fields: { path: string; message: string }[]) {
  return { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields } }] };
}

/** A CONFLICT answer: the record is at `currentVersion` now. */
export function conflictAt(currentVersion: number) {
  return {
    errors: [{ message: 'This record changed since you loaded it.', extensions: { code: 'CONFLICT', currentVersion } }],
  };
}
