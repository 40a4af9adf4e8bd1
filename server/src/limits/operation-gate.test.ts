import { Role } from '../access/role';
import { describe, expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

/** A page of 100 practices, each with a page of 100 of its programme's: far over ATLAS_MAX_COST alone. */
const SUBPAGE = 'nodes { program { practices(first: 100) { nodes { title sources { url } } } } }';
const EXPENSIVE = `practices(first: 100) { ${SUBPAGE} }`;

describe('an operation is refused whole, before any part of it runs', () => {
  it('refuses an over-budget document talked down by an out-of-range page: no data, not one statement', async () => {
    const alone = await atlas.graphql(`{ ${EXPENSIVE} }`);
    expect(alone.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // -100 pages of the same selection cancelled the cost of the 100 beside them exactly.
    for (const first of [-100, -2147483648, 2147483647]) {
      const { body, statements } = await atlas.countedGraphql(
        `{ a: practices(first: ${first}) { ${SUBPAGE} } b: ${EXPENSIVE} }`,
      );
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'first', message: `must be between 0 and 100, got ${first}`, code: 'INVALID', values: {} }],
      });
      expect(body).not.toHaveProperty('data');
      expect(statements).toEqual([]);
    }
  });

  it('does the same for a page given as a variable, or below the root', async () => {
    const variable = await atlas.countedGraphql(
      `query($n: Int) { a: practices(first: $n) { ${SUBPAGE} } b: ${EXPENSIVE} }`,
      {
        n: -100,
      },
    );
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
    expect(variable.statements).toEqual([]);
    const nested = await atlas.countedGraphql(
      `{ practices(first: 100) { nodes { program { a: practices(first: -100) { nodes { title sources { url } } } b: practices(first: 100) { nodes { title sources { url } } } } } } }`,
    );
    expect(nested.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'practices.first' }],
    });
    expect(nested.statements).toEqual([]);
  });

  it('writes nothing of a mutation when any of its arguments is refused', async () => {
    const { token } = await atlas.signIn(Role.EDITOR);
    const url = `https://example.org/operation-gate-${Date.now()}`;
    const refused = await atlas.graphql(
      `mutation($bad: SourceInput!) { a: createSource(input: { title: "Fine", url: "${url}" }) { id } b: createSource(input: $bad) { id } }`,
      { bad: { title: 'Bad\u0000', url: `${url}/2` } },
      token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.title' }],
    });
    expect(refused).not.toHaveProperty('data');
    // The first source was not written: creating it now is not a duplicate.
    const again = await atlas.graphql(
      `mutation { createSource(input: { title: "Fine", url: "${url}" }) { id } }`,
      {},
      token,
    );
    expect(again.errors).toBeUndefined();
  });

  it('answers 400 to a client that accepts application/graphql-response+json', async () => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ country(code: "I\\u0000D") { name } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: unknown }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'code' }] });
  });
});

describe('the cost of an operation, told in its answer', () => {
  it('gives the estimated cost and the limit in extensions, the budget left in the RateLimit headers', async () => {
    const small = await atlas.graphql<unknown>('{ countries { code } }');
    const page = await atlas.graphql<unknown>('{ practices(first: 50) { nodes { title sources { url } } } }');
    const smallCost = small.extensions?.cost as { estimated: number; limit: number };
    const pageCost = page.extensions?.cost as { estimated: number; limit: number };
    expect(smallCost.estimated).toBeGreaterThan(0);
    expect(pageCost.estimated).toBeGreaterThan(smallCost.estimated);
    expect(pageCost.limit).toBe(smallCost.limit);
    expect(pageCost.estimated).toBeLessThanOrEqual(pageCost.limit);
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ countries { code } }' }),
    });
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
    expect((await response.json()) as unknown).toMatchObject({ extensions: { cost: smallCost } });
  });

  it('names the cost in the error of a refused operation, and gives no cost beside it', async () => {
    const refused = await atlas.graphql(`{ ${EXPENSIVE} }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number) });
    expect(refused.extensions).toBeUndefined();
  });
});
