import type { ApiRequest } from './api-stub';

// Component tests of the editors' forms only: their requests, the API's errors and what the form shows.

/** The problem shown beside a control (the element its aria-describedby names), or null. */
export function problemBeside(control: HTMLElement): string | null {
  const id = control.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}

/** The variables of the last request of an operation. */
export function lastVariables(requests: ApiRequest[], name: string) {
  return requests.filter((request) => request.operationName === name).at(-1)?.variables;
}

/** A BAD_USER_INPUT answer naming each problem at its path. */
export function badUserInput(
  fields: { path: string; message: string; code?: string; values?: Record<string, string | number> }[],
) {
  return { errors: [{ message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields } }] };
}

/** A CONFLICT answer: the record is at `currentVersion` now. */
export function conflictAt(currentVersion: number) {
  return {
    errors: [{ message: 'This record changed since you loaded it.', extensions: { code: 'CONFLICT', currentVersion } }],
  };
}
