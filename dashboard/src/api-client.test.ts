import type { DocumentNode } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';
import { PracticeQuery } from './pages/practice/queries';

// Every module that may hold a query (not the service worker, which runs outside a page).
const modules = import.meta.glob(
  ['./**/*.{ts,tsx}', '!./**/*.test.*', '!./main.tsx', '!./test-support/**', '!./offline/sw.ts'],
  { eager: true },
);

function queriesOfTheDashboard(): { name: string; document: DocumentNode }[] {
  const found = new Map<string, DocumentNode>();
  for (const module of Object.values(modules)) {
    for (const value of Object.values(module as Record<string, unknown>)) {
      const document = value as Partial<DocumentNode> | null;
      if (typeof document !== 'object' || document?.kind !== 'Document') continue;
      for (const definition of document.definitions ?? []) {
        if (definition.kind === 'OperationDefinition' && definition.operation === 'query' && definition.name)
          found.set(definition.name.value, document as DocumentNode);
      }
    }
  }
  return [...found].map(([name, document]) => ({ name, document }));
}

const API = 'http://atlas.test/graphql';

/** Sends `document` with the app's client to a stubbed API; resolves with how it went: method and URL. */
async function sent(document: DocumentNode, variables: Record<string, unknown> = {}) {
  let request: { method: string; url: string } | undefined;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    request = { method: init?.method ?? 'GET', url: String(input) };
    return new Response('{"data":null}', { headers: { 'Content-Type': 'application/json' } });
  });
  await createApiClient(API).query(document, variables).toPromise();
  return request!;
}

describe('the API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks every query as GET, so that a reader offline still has the answers saved', async () => {
    // The longest query of the dashboard: over urql's own limit of 2,048 characters.
    const request = await sent(PracticeQuery, { id: 'UHJhY3RpY2U6Mzg', language: 'en' });
    expect(request.method).toBe('GET');
    expect(request.url.length).toBeGreaterThan(2048);
  });

  // 8 KB is the request line nginx accepts by default (node's: 16 KB): 2 KB left for the variables.
  it('keeps every query of the dashboard within 6 KB as a URL', async () => {
    const queries = queriesOfTheDashboard();
    expect(queries.length).toBeGreaterThan(20);
    const lengths: { name: string; length: number }[] = [];
    for (const { name, document } of queries) lengths.push({ name, length: (await sent(document)).url.length });
    expect(lengths.filter(({ length }) => length > 6_000)).toEqual([]);
  });
});
