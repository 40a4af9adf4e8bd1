import { expect } from 'vitest';
import type { TestAtlas } from './test-atlas';

/** What the practice mutation tests read back. */
export interface PracticeResult {
  id: string;
  key: string;
  title: string;
  summary: string;
  status: string;
  version: number;
  rejectionReason: string | null;
  publishedAt: string | null;
  country: { code: string };
  program: { id: string } | null;
  event: { id: string } | null;
  sources: { id: string; url: string; title: string }[];
}

const FIELDS =
  'id key title summary status version rejectionReason publishedAt country { code } program { id } event { id } sources { id url title }';

export const CREATE = `mutation($input: PracticeInput!) { createPractice(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: PracticeInput!, $expectedVersion: Int!) {
  updatePractice(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitPractice(id: $id) { ${FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishPractice(id: $id) { ${FIELDS} } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectPractice(id: $id, reason: $reason) { ${FIELDS} } }`;
export const ARCHIVE = `mutation($id: ID!) { archivePractice(id: $id) { ${FIELDS} } }`;

let made = 0;

/** A valid input: a Philippine practice citing a new source of its own (a fresh URL each time). */
export function practiceInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  made += 1;
  return {
    title: `Returnee cooperative ${made}`,
    summary: 'Returnees pool savings in a cooperative.',
    body: 'A cooperative of returned workers.\n\nIt lends to its members.',
    countryCode: 'PH',
    year: 2021,
    themes: ['ENTREPRENEURSHIP', 'ACCESS_TO_FINANCE'],
    dimensions: ['ECONOMIC'],
    levels: ['COMMUNITY'],
    stakeholders: ['CIVIL_SOCIETY'],
    targetGroups: ['ALL_RETURNEES'],
    evidenceLevel: 'DOCUMENTED',
    partners: [],
    sources: [{ title: `Cooperative report ${made}`, url: `https://example.org/reports/${made}` }],
    ...overrides,
  };
}

/** Runs a mutation and returns its one result, failing the test on any error. */
export async function ok<T = PracticeResult>(
  atlas: TestAtlas,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await atlas.graphql<Record<string, T>>(query, variables, token);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

/** Creates a draft as the holder of `token`. */
export function createDraft(
  atlas: TestAtlas,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<PracticeResult> {
  return ok(atlas, CREATE, { input: practiceInput(overrides) }, token);
}
