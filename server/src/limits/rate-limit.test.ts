import { randomUUID } from 'node:crypto';
import { Role } from '../access/role';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAtlas, useTestAtlas, type GraphQLResponse, type TestAtlas } from '../../test-support/test-atlas';
import { DEFAULT_LIMITS } from './limits-config';

const QUERY = `${'/graphql?query='}${encodeURIComponent('{ indicators { code } }')}`;
const budget = (points: number) => ({
  limits: { ...DEFAULT_LIMITS, rateLimitPoints: points, rateLimitWindowSeconds: 60 },
});

async function get(atlas: TestAtlas, headers: Record<string, string> = {}) {
  const response = await fetch(`${atlas.url}${QUERY}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
}

describe('in memory (one instance)', () => {
  const atlas = useTestAtlas({ seed: false, config: budget(5) });

  it('says the budget and what is left in every response, then refuses with 429 RATE_LIMITED and Retry-After', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await get(atlas);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(response.headers.get('ratelimit-policy')).toBe('5;w=60');
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const refused = await get(atlas);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 5, windowSeconds: 60 });
    expect(refused.body.errors?.[0]?.message).toMatch(/5 requests every 60 seconds/);
    // Health checks are not API requests: a load balancer keeps seeing the instance as ready.
    expect((await fetch(`${atlas.url}/readyz`)).status).toBe(200);
  });

  it('does not give a made-up token a budget of its own', async () => {
    const response = await get(atlas, { authorization: `Bearer ${'x'.repeat(43)}` });
    expect(response.status).toBe(401);
  });
});

describe('budgets of accounts', () => {
  const atlas = useTestAtlas({ seed: false, config: budget(3) });

  it('gives a signed-in account its own budget, apart from the address it shares', async () => {
    const { token } = await atlas.signIn(Role.CONTRIBUTOR); // the sign-in itself is one request of the address
    await get(atlas);
    expect((await get(atlas)).headers.get('ratelimit-remaining')).toBe('0');
    expect((await get(atlas)).status).toBe(429);
    const signedIn = await get(atlas, { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('ratelimit-remaining')).toBe('2');
  });
});

describe('shared through Redis (two instances, one budget)', () => {
  const config = {
    ...budget(6),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisKeyPrefix: `atlas-test-${randomUUID()}`,
  };
  let first: TestAtlas;
  let second: TestAtlas;
  beforeAll(async () => {
    [first, second] = await Promise.all([
      startTestAtlas({ seed: false, config }),
      startTestAtlas({ seed: false, config }),
    ]);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  it('counts requests to either instance against the same budget', async () => {
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (const atlas of [first, second, first, second, first, second]) {
      const response = await get(atlas);
      statuses.push(response.status);
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(remaining).toEqual(['5', '4', '3', '2', '1', '0']);
    expect((await get(second)).status).toBe(429);
    expect((await get(first)).status).toBe(429);
  });
});
