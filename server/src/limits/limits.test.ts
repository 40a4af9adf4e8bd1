import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAtlas, useTestAtlas, type GraphQLResponse, type TestAtlas } from '../../test-support/test-atlas';
import { DEFAULT_LIMITS } from './limits-config';

const atlas = useTestAtlas();

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${atlas.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse) };
}

/** The first error's code, its message, and which limit it names. */
function refusal(response: GraphQLResponse) {
  const error = response.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message, limit: error?.extensions?.limit };
}

/** `{ a { a { … } } }` nested `depth` fields deep, through real fields. */
function nested(depth: number): string {
  let selection = 'code';
  for (let level = 1; level < depth; level += 2) selection = `programs { country { ${selection} } }`;
  return `{ countries { ${selection} } }`;
}

describe('limits on the document', () => {
  it('refuses a query nested deeper than ATLAS_MAX_DEPTH, and answers one within it', async () => {
    const deep = await atlas.graphql(nested(DEFAULT_LIMITS.maxDepth + 3));
    expect(refusal(deep)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth' });
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded.*ATLAS_MAX_DEPTH/);
    expect(deep.data).toBeUndefined();
    const fine = await atlas.graphql(nested(5));
    expect(fine.errors).toBeUndefined();
  });

  it('refuses more aliases than ATLAS_MAX_ALIASES', async () => {
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: countries { code }`);
    expect(refusal(await atlas.graphql(`{ ${aliases.join(' ')} }`))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxAliases',
    });
  });

  it('refuses more directives than ATLAS_MAX_DIRECTIVES', async () => {
    const directives = Array.from({ length: DEFAULT_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(refusal(await atlas.graphql(`{ countries ${directives} { code } }`))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxDirectives',
    });
  });

  it('stops parsing a document of more than ATLAS_MAX_TOKENS tokens', async () => {
    const fields = Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'code').join(' ');
    const response = await atlas.graphql(`{ countries { ${fields} } }`);
    expect(refusal(response)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxTokens' });
    expect(response.errors?.[0]?.message).toMatch(/more than 3000 tokens.*ATLAS_MAX_TOKENS/);
  });

  it('refuses a document longer than ATLAS_MAX_DOCUMENT_BYTES before parsing it', async () => {
    const padding = ' '.repeat(DEFAULT_LIMITS.maxDocumentBytes);
    const response = await atlas.graphql(`{ countries { code } }${padding}`);
    expect(response.status).toBe(400);
    expect(refusal(response)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDocumentBytes' });
  });

  it('refuses an operation whose estimated cost is over ATLAS_MAX_COST: pages multiply what they select', async () => {
    const costly = `{ practices(first: 100) { nodes { program { practices(first: 100) { nodes { title sources { url } } } } } } }`;
    const response = await atlas.graphql(costly);
    expect(refusal(response)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
    expect(response.errors?.[0]?.extensions?.cost).toBeGreaterThan(100_000);
    // The same with variables, which the estimate reads.
    const withVariables = await atlas.graphql(
      `query($n: Int) { practices(first: $n) { nodes { program { practices(first: $n) { nodes { title sources { url } } } } } } }`,
      { n: 100 },
    );
    expect(refusal(withVariables)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost' });
    const small = await atlas.graphql(
      `query($n: Int) { practices(first: $n) { nodes { program { practices(first: $n) { nodes { title } } } } } }`,
      { n: 3 },
    );
    expect(small.errors).toBeUndefined();
  });

  it('lets a full page of 100 practices with facets and sources through', async () => {
    const response =
      await atlas.graphql(`{ practices(first: 100) { totalCount facets { themes { value count } countries { value count } }
      nodes { title country { name } program { name } sources { title url } outcomes { value indicator { name } source { url } } } } }`);
    expect(response.errors).toBeUndefined();
  });

  it('answers the introspection query GraphiQL sends, whatever its depth', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const response = await atlas.graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.errors).toBeUndefined();
  });

  it('refuses a page larger than 100 with BAD_USER_INPUT naming `first`', async () => {
    const response = await atlas.graphql('{ practices(first: 101) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
  });
});

describe('limits on the request', () => {
  it('refuses a batch (a JSON array of operations)', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ countries { code } }' }, { query: '{ indicators { code } }' }]),
    );
    expect(response.status).toBe(400);
    expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(response.errors?.[0]?.message).toMatch(/one operation per request/);
  });

  it('refuses a body larger than ATLAS_MAX_BODY_BYTES with 413', async () => {
    const variables = { text: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) };
    const response = await post(JSON.stringify({ query: '{ countries { code } }', variables }));
    expect(response.status).toBe(413);
    expect(refusal(response).code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/larger than 100000 bytes.*ATLAS_MAX_BODY_BYTES/);
  });

  it('keeps answering others while refusing hostile requests', async () => {
    const hostile = [nested(40), `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: countries { code }`).join(' ')} }`];
    const [refused1, refused2, fine] = await Promise.all([
      ...hostile.map((query) => atlas.graphql(query)),
      atlas.graphql('{ countries { code } }'),
    ]);
    expect(refused1!.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused2!.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((fine!.data as { countries: unknown[] }).countries).toHaveLength(11);
  });
});

describe('a per-request time limit', () => {
  let slow: TestAtlas;
  beforeAll(async () => {
    slow = await startTestAtlas({ seed: false, config: { limits: { ...DEFAULT_LIMITS, timeoutMs: 100 } } });
  });
  afterAll(() => slow.close());

  it('answers 503 QUERY_TOO_COMPLEX naming ATLAS_REQUEST_TIMEOUT_MS when a request runs too long', async () => {
    // A client that sends half its body and stalls holds the request open past the limit.
    const body = JSON.stringify({ query: '{ countries { code } }' });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${slow.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
      request.write(body.slice(0, 10));
    });
    const { status, body: text } = await answer;
    expect(status).toBe(503);
    const response = JSON.parse(text) as GraphQLResponse;
    expect(refusal(response)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'timeoutMs' });
    expect(response.errors?.[0]?.message).toMatch(/limit 100, set by ATLAS_REQUEST_TIMEOUT_MS/);
    // The server goes on answering.
    expect((await slow.graphql('{ countries { code } }')).status).toBe(200);
  });
});

describe('in production', () => {
  let production: TestAtlas;
  beforeAll(async () => {
    production = await startTestAtlas({ seed: false, production: true });
  });
  afterAll(() => production.close());

  it('hides field suggestions, which would map the schema', async () => {
    const response = await production.graphql('{ countrie { code } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const development = await atlas.graphql('{ countrie { code } }');
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "countries"/);
  });

  it('keeps introspection on: a public research API documents itself', async () => {
    const response = await production.graphql('{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
