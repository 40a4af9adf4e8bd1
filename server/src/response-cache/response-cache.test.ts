import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../access/role';
import { countStatements } from '../db/statement-logger';
import { startTestAtlas, useTestAtlas, type TestAtlas } from '../../test-support/test-atlas';

const PAGE = '{ practices(first: 5, orderBy: TITLE) { totalCount nodes { id title version } } }';
const get = (atlas: TestAtlas, headers: Record<string, string> = {}) =>
  fetch(`${atlas.url}/graphql?query=${encodeURIComponent(PAGE)}`, { headers });
const post = (atlas: TestAtlas, headers: Record<string, string> = {}) =>
  fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: PAGE }),
  });

/** The response and the SQL statements it cost. */
async function counted(request: () => Promise<Response>) {
  const { result, statements } = await countStatements(async () => {
    const response = await request();
    return { response, text: await response.text() };
  });
  return { ...result, statements: statements.length };
}

describe('one instance', () => {
  const atlas = useTestAtlas();

  it('answers a repeated anonymous query over GET from memory: same bytes, no SQL, revalidated by ETag', async () => {
    const first = await counted(() => get(atlas));
    expect(first.statements).toBeGreaterThan(0);
    const again = await counted(() => get(atlas));
    expect(again.statements).toBe(0);
    expect(first.response.headers.get('x-atlas-cache')).toBeNull();
    expect(again.response.headers.get('x-atlas-cache')).toBe('hit');
    expect(again.text).toBe(first.text);
    expect(again.response.headers.get('cache-control')).toBe('public, no-cache');
    const tag = again.response.headers.get('etag')!;
    expect(tag).toBe(first.response.headers.get('etag'));
    const revalidated = await get(atlas, { 'if-none-match': tag });
    expect(revalidated.status).toBe(304);
    // Rate budgets and request ids apply to answers from memory too.
    expect(again.response.headers.get('ratelimit-remaining')).not.toBeNull();
    expect(again.response.headers.get('x-request-id')).not.toBeNull();
  });

  it('answers a repeated anonymous query over POST from memory, gzipped when asked', async () => {
    const big = '{ practices(first: 50) { nodes { title summary body } } }';
    const request = () =>
      fetch(`${atlas.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: big }),
      });
    const first = await counted(request);
    const again = await counted(request);
    expect(again.statements).toBe(0);
    expect(again.text).toBe(first.text);
    expect(again.response.headers.get('content-encoding')).toBe('gzip'); // fetch asks for gzip and unpacks it
  });

  it('shows a change at once: a write empties the cache', async () => {
    const before = JSON.parse(await (await post(atlas)).text()) as {
      data: { practices: { nodes: { id: string; title: string; version: number }[] } };
    };
    const practice = before.data.practices.nodes[0]!;
    const { token } = await atlas.signIn(Role.EDITOR);
    const current = await atlas.graphql<{ practice: Record<string, unknown> }>(
      `query($id: ID!) { practice(id: $id) { title summary body year evidenceLevel themes dimensions country { code } sources { id } } }`,
      { id: practice.id },
      token,
    );
    const p = current.data!.practice as {
      title: string;
      summary: string;
      body: string;
      year: number;
      evidenceLevel: string;
      themes: string[];
      dimensions: string[];
      country: { code: string };
      sources: { id: string }[];
    };
    const updated = await atlas.graphql(
      `mutation($id: ID!, $input: PracticeInput!, $v: Int!) { updatePractice(id: $id, input: $input, expectedVersion: $v) { version } }`,
      {
        id: practice.id,
        v: practice.version,
        input: {
          title: `${p.title} (edited)`,
          summary: p.summary,
          body: p.body,
          year: p.year,
          evidenceLevel: p.evidenceLevel,
          themes: p.themes,
          dimensions: p.dimensions,
          countryCode: p.country.code,
          sources: p.sources.map((s) => ({ sourceId: s.id })),
        },
      },
      token,
    );
    expect(updated.errors).toBeUndefined();
    for (const read of [() => post(atlas), () => get(atlas)]) {
      const after = JSON.parse(await (await read()).text()) as typeof before;
      expect(after.data.practices.nodes.find((n) => n.id === practice.id)?.title).toBe(`${p.title} (edited)`);
    }
  });

  it('never keeps what a signed-in account sees, nor an answer with errors', async () => {
    const { token } = await atlas.signIn(Role.EDITOR);
    await get(atlas, { authorization: `Bearer ${token}` });
    expect((await get(atlas, { authorization: `Bearer ${token}` })).headers.get('x-atlas-cache')).toBeNull();
    // Part answered, part refused: an answer with errors is never kept.
    const partly = () =>
      fetch(
        `${atlas.url}/graphql?query=${encodeURIComponent('{ countries { code } practices(first: 500) { totalCount } }')}`,
      );
    await partly();
    expect((await partly()).headers.get('x-atlas-cache')).toBeNull();
  });
});

describe('several instances sharing Redis', () => {
  const config = {
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisKeyPrefix: `atlas-test-${randomUUID()}`,
  };
  let first: TestAtlas;
  let second: TestAtlas;
  beforeAll(async () => {
    first = await startTestAtlas({ config });
    // The second instance reads the first one's database, as instances behind a load balancer do.
    second = await startTestAtlas({ config, shareDatabaseWith: first });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('empties every instance’s cache when one of them takes a write', async () => {
    const read = async () =>
      JSON.parse(await (await get(second)).text()) as { data: { practices: { totalCount: number } } };
    const before = (await read()).data.practices.totalCount;
    expect((await counted(() => get(second))).statements).toBe(0);
    const { token } = await first.signIn(Role.EDITOR);
    const list = await first.graphql<{ practices: { nodes: { id: string }[] } }>(
      '{ practices(first: 1, orderBy: TITLE) { nodes { id } } }',
    );
    const archived = await first.graphql(
      `mutation($id: ID!) { archivePractice(id: $id) { status } }`,
      { id: list.data!.practices.nodes[0]!.id },
      token,
    );
    expect(archived.errors).toBeUndefined();
    let after = before;
    for (let attempt = 0; attempt < 50 && after === before; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = (await read()).data.practices.totalCount;
    }
    expect(after).toBe(before - 1);
  });
});
