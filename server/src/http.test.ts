import { describe, expect, it } from 'vitest';
import { useTestAtlas, type GraphQLResponse } from '../test-support/test-atlas';

describe('over HTTP', () => {
  const atlas = useTestAtlas();

  it('answers queries over GET, as curl and urql send them', async () => {
    const query = encodeURIComponent('{ country(code: "ID") { name } }');
    const response = await fetch(`${atlas.url}/graphql?query=${query}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { country: { name: 'Indonesia' } },
      extensions: { cost: { estimated: expect.any(Number) as number, limit: expect.any(Number) as number } },
    });
  });

  it('answers 400 to a malformed request, and a document that does not parse with its error', async () => {
    const notJson = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(notJson.status).toBe(400);
    const noQuery = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noQuery.status).toBe(400);
    expect(((await noQuery.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // A well-formed request whose document does not parse: 200 for application/json (the errors are
    // in the body), 400 for application/graphql-response+json (GraphQL over HTTP).
    const syntax = await atlas.graphql('{ countries { ');
    expect(syntax.status).toBe(200);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const strict = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ countries { ' }),
    });
    expect(strict.status).toBe(400);
  });

  it('sends a browser opening /graphql to the explorer, and answers GraphQL over GET as before', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const page = await fetch(`${atlas.url}/graphql`, { headers: { accept: browser }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/graphiql');
    const query = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('{ countries { code } }')}`, {
      headers: { accept: browser },
    });
    expect(query.status).toBe(200);
    expect(((await query.json()) as GraphQLResponse<{ countries: unknown[] }>).data?.countries).toHaveLength(11);
    // curl's */* and a client asking for JSON get the API's answer: a request with no query is refused.
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json']) {
      const api = await fetch(`${atlas.url}/graphql`, { headers: { accept }, redirect: 'manual' });
      expect(api.status).toBe(400);
    }
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${atlas.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${atlas.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('keeps stack traces out of expected errors', async () => {
    const response = await atlas.graphql('{ practices(first: 1000) { totalCount } }');
    expect(response.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('in production', () => {
  const atlas = useTestAtlas({ production: true, seed: false });

  it('never sends a stack trace or SQL, even for an unexpected failure', async () => {
    await atlas.orm.em.getConnection().execute('drop table outcome');
    const response = await atlas.graphql('{ outcomes { totalCount } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|select|outcome`|"outcome"/i);
  });
});

describe('from a dashboard on another origin', () => {
  const atlas = useTestAtlas({ seed: false });

  it('answers CORS preflights and queries, without credentials', async () => {
    const preflight = await fetch(`${atlas.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://atlas.example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
