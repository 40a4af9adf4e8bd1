import { answerKey, SNAPSHOT_MANIFEST_PATH, type SnapshotManifest } from '@atlas/shared';
import { comparisonAnswer } from './comparison-answer';
import { practiceBrowserAnswer } from './practice-browser-answer';

/** The GraphQL answer body the API would send: data, or errors with their codes. */
export interface AnswerBody {
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
}

/** The snapshot's files, from the folder's root (the snapshot is served as a site of its own). */
const root = '/';

let manifest: Promise<SnapshotManifest> | undefined;
const files = new Map<string, Promise<unknown>>();

/** A JSON file of the snapshot, fetched once. */
export function snapshotFile<T>(path: string): Promise<T> {
  let file = files.get(path);
  if (!file) {
    file = fetch(`${root}${path}`).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    files.set(path, file);
  }
  return file as Promise<T>;
}

export function snapshotManifest(): Promise<SnapshotManifest> {
  return (manifest ??= snapshotFile<SnapshotManifest>(SNAPSHOT_MANIFEST_PATH));
}

/**
 * The dashboard's `fetch` when it runs from a snapshot: a GET to the API (urql sends every query as
 * one) is answered from the snapshot, never from the network. An answer the pages asked for while
 * the snapshot was taken is read back as it was; the practice browser's lists and counts and the
 * comparison of any selection of member states are worked out from the snapshot's data by the
 * Atlas's own rules (`@atlas/shared`); anything else (a search by words, a page for editors) is
 * answered with NOT_IN_SNAPSHOT.
 */
export async function snapshotFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (init?.method && init.method !== 'GET') return json(notInSnapshot('Changes cannot be made in a snapshot.'));
  const operationName = url.searchParams.get('operationName') ?? '';
  const variablesText = url.searchParams.get('variables');
  const snapshot = await snapshotManifest();
  const recorded = snapshot.answers[answerKey(operationName, variablesText)];
  if (recorded) return json(await snapshotFile(`snapshot/${recorded}`));
  const variables = JSON.parse(variablesText ?? '{}') as Record<string, unknown>;
  const answer =
    (await comparisonAnswer(snapshot, operationName, variables)) ??
    (await practiceBrowserAnswer(snapshot, operationName, variables)) ??
    notInSnapshot('This part of the Atlas is not in the snapshot.');
  return json(answer);
}

export function notInSnapshot(message: string): AnswerBody {
  return { errors: [{ message, extensions: { code: 'NOT_IN_SNAPSHOT' } }] };
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/graphql-response+json' },
  });
}
