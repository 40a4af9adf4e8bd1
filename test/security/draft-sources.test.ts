import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type Target } from './target';

/**
 * Finding 3: sources cited only by drafts were public. A contributor's draft cites a new,
 * confidential source; anonymous `node(id)` returned it, and Source IDs are sequential, so every
 * draft's sources could be listed. Replayed here against the built server, as an outsider would.
 */

let target: Target;
let author: string;
let stranger: string;
let editor: string;
beforeAll(async () => {
  target = await startTarget();
  author = (await target.signIn('CONTRIBUTOR')).token;
  stranger = (await target.signIn('CONTRIBUTOR')).token;
  editor = (await target.signIn('EDITOR')).token;
});
afterAll(() => target?.dispose());

interface Practice {
  id: string;
  version: number;
  sources: { id: string; url: string }[];
}

const PRACTICE = 'id version sources { id url }';
let made = 0;

/** A draft by the holder of `token` citing a new source at a confidential address. */
async function draftCiting(token: string): Promise<{ practice: Practice; url: string; title: string }> {
  made += 1;
  const url = `https://intranet.ministry.example/confidential/evaluation-${made}.pdf`;
  const title = `Confidential evaluation ${made}`;
  const answer = await target.graphql<{ createPractice: Practice }>(
    `mutation($input: PracticeInput!) { createPractice(input: $input) { ${PRACTICE} } }`,
    { input: practiceInput({ sources: [{ title, url }] }) },
    token,
  );
  expect(answer.body.errors).toBeUndefined();
  return { practice: answer.body.data!.createPractice, url, title };
}

function practiceInput(overrides: Record<string, unknown> = {}) {
  return {
    title: `Returnee savings group ${++made}`,
    summary: 'Returnees pool their savings.',
    body: 'A savings group of returned workers.',
    countryCode: 'PH',
    year: 2022,
    themes: ['ACCESS_TO_FINANCE'],
    dimensions: ['ECONOMIC'],
    evidenceLevel: 'DOCUMENTED',
    sources: [{ title: `Public report ${made}`, url: `https://example.org/public/${made}` }],
    ...overrides,
  };
}

const sourceNode = async (id: string, token?: string) => {
  const answer = await target.graphql<{ node: { url: string; title: string } | null }>(
    'query($id: ID!) { node(id: $id) { ... on Source { url title } } }',
    { id },
    token,
  );
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data!.node;
};

const globalId = (typeName: string, id: number) => Buffer.from(`${typeName}:${id}`).toString('base64url');
const databaseId = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

async function publicDownload(): Promise<string> {
  const response = await fetch(`${target.url}/export/atlas.json`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Every path that lists sources: from the root, and nested in every kind that cites them. */
const EVERY_SOURCE_LIST = `{
  practices(first: 100, filter: { statuses: [DRAFT, IN_REVIEW, PUBLISHED, REJECTED, ARCHIVED] }) {
    nodes { sources { url } outcomes { source { url } } program { sources { url } } event { sources { url } } }
  }
  programs(first: 100) { nodes { sources { url } outcomes { source { url } } } }
  events { sources { url } practices(first: 100) { nodes { sources { url } } } }
  countries { legalInstruments { sources { url } } statistics { source { url } } practices(first: 100) { nodes { sources { url } } } }
  regionalInstruments { sources { url } }
  outcomes(first: 100) { nodes { source { url } practice { sources { url } } } }
}`;

describe('a source only a draft cites', () => {
  it('is null to anonymous node(id) and to other contributors; its author and editors read it', async () => {
    const { practice, url } = await draftCiting(author);
    const source = practice.sources[0]!;
    expect(await sourceNode(source.id)).toBeNull();
    expect(await sourceNode(source.id, stranger)).toBeNull();
    expect(await sourceNode(source.id, author)).toMatchObject({ url });
    expect(await sourceNode(source.id, editor)).toMatchObject({ url });
  });

  it('cannot be found by walking the sequential Source IDs with node', async () => {
    const drafts = [await draftCiting(author), await draftCiting(stranger)];
    const highest = Math.max(...drafts.map((d) => databaseId(d.practice.sources[0]!.id)));
    const found: string[] = [];
    for (let start = 1; start <= highest + 10; start += 25) {
      const ids = Array.from({ length: 25 }, (_, i) => globalId('Source', start + i));
      const answer = await target.graphql<Record<string, { url: string } | null>>(
        `{ ${ids.map((id, i) => `n${i}: node(id: "${id}") { ... on Source { url } }`).join(' ')} }`,
      );
      expect(answer.body.errors).toBeUndefined();
      found.push(...Object.values(answer.body.data!).flatMap((node) => (node ? [node.url] : [])));
    }
    for (const { url } of drafts) expect(found).not.toContain(url);
    // What anonymous node(id) finds is exactly what the public download publishes.
    const published = (JSON.parse(await publicDownload()) as { sources: { url: string }[] }).sources.map((s) => s.url);
    expect([...found].sort()).toEqual([...published].sort());
    expect(found.length).toBeGreaterThan(100);
  });

  it('shows in no list or nested field to anonymous readers or other contributors', async () => {
    const { url } = await draftCiting(author);
    for (const token of [undefined, stranger]) {
      const answer = await target.graphql(EVERY_SOURCE_LIST, {}, token);
      expect(answer.body.errors).toBeUndefined();
      expect(JSON.stringify(answer.body.data)).not.toContain(url);
    }
    const own = await target.graphql(EVERY_SOURCE_LIST, {}, author);
    expect(JSON.stringify(own.body.data)).toContain(url);
    expect(await publicDownload()).not.toContain(url);
  });

  it('cannot be read through a reference: citing its ID, or adding its address again', async () => {
    const { practice, url, title } = await draftCiting(author);
    const source = practice.sources[0]!;
    const cited = await target.graphql(
      'mutation($input: PracticeInput!) { createPractice(input: $input) { id sources { url title } } }',
      { input: practiceInput({ sources: [{ sourceId: source.id }] }) },
      stranger,
    );
    expect(cited.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.sources[0].sourceId', message: 'no such source' }],
    });
    const added = await target.graphql(
      'mutation($input: SourceInput!) { createSource(input: $input) { id } }',
      { input: { title: 'A guess', url } },
      stranger,
    );
    expect(added.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(added.body.errors![0]!.message).not.toContain(source.id);
    expect(added.body.errors![0]!.message).not.toContain(title);
  });

  it('stays private when the draft stops citing it', async () => {
    const { practice, url } = await draftCiting(author);
    const updated = await target.graphql(
      `mutation($id: ID!, $input: PracticeInput!, $v: Int!) { updatePractice(id: $id, input: $input, expectedVersion: $v) { id } }`,
      { id: practice.id, input: practiceInput(), v: practice.version },
      author,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(await sourceNode(practice.sources[0]!.id)).toBeNull();
    expect(await sourceNode(practice.sources[0]!.id, stranger)).toBeNull();
    expect(await sourceNode(practice.sources[0]!.id, author)).toMatchObject({ url });
    expect(await publicDownload()).not.toContain(url);
  });

  it('becomes public once the practice is published', async () => {
    const { practice, url } = await draftCiting(author);
    const source = practice.sources[0]!;
    const step = async (mutation: string, token: string) => {
      const answer = await target.graphql(
        `mutation($id: ID!) { ${mutation}(id: $id) { id } }`,
        { id: practice.id },
        token,
      );
      expect(answer.body.errors).toBeUndefined();
    };
    await step('submitPractice', author);
    expect(await sourceNode(source.id)).toBeNull();
    await step('publishPractice', editor);
    expect(await sourceNode(source.id)).toMatchObject({ url });
    expect(await sourceNode(source.id, stranger)).toMatchObject({ url });
    expect(await publicDownload()).toContain(url);
  });
});
