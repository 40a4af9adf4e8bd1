import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { onTestFinished, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createApiClient } from '../api-client';
import { InEnglish } from './in-english';

// Component tests only: the app itself always talks to the real API.

/** The variables of one request. */
export type ApiVariables = Record<string, unknown>;

/** A GraphQL error response (sent with `data: null`). */
export interface ApiErrors {
  errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The answer to one operation: its data (typed by the test with `ResultOf<typeof SomeQuery>`),
 * `{ errors }` for a GraphQL error, `'pending'` to never answer (the loading state) or `'offline'`
 * to fail as if the network were down.
 */
export type ApiAnswer = object | ApiErrors | 'pending' | 'offline';

/** The answers by operation name: each an answer, or a function of the request's variables giving one. */
export type ApiAnswers = Record<string, ApiAnswer | ((variables: ApiVariables) => ApiAnswer)>;

/** One request made to the stubbed API. */
export interface ApiRequest {
  operationName: string;
  variables: ApiVariables;
}

export interface ApiStub {
  /** The app's own client (`createApiClient`). */
  client: Client;
  /** Every request made so far, in order. */
  requests: ApiRequest[];
}

/**
 * Stubs the global `fetch` for the current test so that it answers each operation by name from
 * `answers`, and records each request. Globals are unstubbed when the test finishes; a request for an
 * operation without an answer fails the test.
 */
export function stubApi(answers: ApiAnswers): ApiStub {
  const requests: ApiRequest[] = [];
  const unanswered: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = readRequest(input, init);
    requests.push(request);
    const given = answers[request.operationName] ?? ALWAYS_ANSWERED[request.operationName];
    if (given === undefined) {
      unanswered.push(request.operationName);
      throw new Error(`The stubbed API has no answer for the operation "${request.operationName}".`);
    }
    const answer = typeof given === 'function' ? given(request.variables) : given;
    if (answer === 'pending') return new Promise<Response>(() => {});
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    const body = 'errors' in answer ? { data: null, ...answer } : { data: answer };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
  onTestFinished(() => {
    vi.unstubAllGlobals();
    if (unanswered.length > 0) {
      throw new Error(`The stubbed API had no answer for: ${[...new Set(unanswered)].join(', ')}.`);
    }
  });
  return { client: createApiClient('http://atlas.test/graphql'), requests };
}

/** What every handout page asks besides its own data: the citation its printed footer shows. */
const ALWAYS_ANSWERED: ApiAnswers = {
  Citation: (variables) => ({
    about: { citation: `Reintegration Atlas (ASEAN). ${String(variables.url)}. Accessed 2026-12-04.` },
  }),
};

/** Queries come as GET, with the operation in the URL; long ones and mutations as POST, in a JSON body. */
function readRequest(input: RequestInfo | URL, init?: RequestInit): ApiRequest {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const sent = (
    init?.body
      ? JSON.parse(String(init.body))
      : {
          operationName: url.searchParams.get('operationName'),
          variables: JSON.parse(url.searchParams.get('variables') ?? '{}'),
        }
  ) as { operationName?: string | null; variables?: ApiVariables | null };
  return { operationName: sent.operationName ?? '', variables: sent.variables ?? {} };
}

/**
 * Renders `ui` at `path` (with its query string) with the stub's client, in English, in an in-memory location;
 * `current()` is the path and query string navigated to last.
 */
export function renderAt(path: string, ui: ReactNode, stub: ApiStub) {
  const location = memoryLocation({ path, record: true });
  const view = render(
    <Provider value={stub.client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        <InEnglish>{ui}</InEnglish>
      </Router>
    </Provider>,
  );
  return { ...view, current: () => location.history.at(-1) ?? path };
}
