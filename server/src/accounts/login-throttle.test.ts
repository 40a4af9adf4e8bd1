import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { memoryStore, redisStore, type LimiterStore } from '../limits/rate-limiter-store';
import { createLogger } from '../logging/logger';
import { LoginThrottle } from './login-throttle';

/** What each of many attempts at once got: reserved, or the code it was refused with. */
async function attempts(throttle: LoginThrottle | LoginThrottle[], tries: [email: string, address: string][]) {
  const throttles = [throttle].flat();
  const settled = await Promise.allSettled(
    tries.map(([email, address], i) => throttles[i % throttles.length]!.reserve(email, address)),
  );
  return settled.map((result) =>
    result.status === 'fulfilled' ? 'reserved' : (result.reason as GraphQLError).extensions.code,
  );
}

const count = (results: unknown[], value: unknown) => results.filter((result) => result === value).length;

describe('the sign-in throttle in memory', () => {
  it('lets exactly 5 of 30 concurrent attempts on one account through, from as many addresses', async () => {
    const throttle = new LoginThrottle(memoryStore());
    const results = await attempts(
      throttle,
      Array.from({ length: 30 }, (_, i) => ['victim@atlas.test', `10.0.0.${i}`]),
    );
    expect(count(results, 'reserved')).toBe(5);
    expect(count(results, 'RATE_LIMITED')).toBe(25);
  });

  it('gives back the attempts of right passwords, so only failures count', async () => {
    const throttle = new LoginThrottle(memoryStore());
    for (let i = 0; i < 10; i++) await (await throttle.reserve('regular@atlas.test', '10.0.1.1')).refund();
    expect(await attempts(throttle, [['regular@atlas.test', '10.0.1.1']])).toEqual(['reserved']);
  });

  it('spends an address’s budget (20) only on attempts its accounts’ budgets let through', async () => {
    const throttle = new LoginThrottle(memoryStore());
    const spent = await attempts(
      throttle,
      Array.from({ length: 15 }, () => ['one@atlas.test', '10.0.2.1']),
    );
    expect(count(spent, 'reserved')).toBe(5);
    const others = await attempts(
      throttle,
      Array.from({ length: 20 }, (_, i) => [`other${i}@atlas.test`, '10.0.2.1']),
    );
    expect(count(others, 'reserved')).toBe(15);
    expect(await attempts(throttle, [['fresh@atlas.test', '10.0.2.2']])).toEqual(['reserved']);
  });

  it('says when to try again', async () => {
    const throttle = new LoginThrottle(memoryStore());
    await attempts(
      throttle,
      Array.from({ length: 5 }, () => ['wait@atlas.test', '10.0.3.1']),
    );
    const refusal = await throttle.reserve('wait@atlas.test', '10.0.3.1').catch((error: GraphQLError) => error);
    expect(refusal).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect((refusal as GraphQLError).extensions.retryAfter).toBeGreaterThan(14 * 60);
  });
});

describe('the sign-in throttle in Redis, shared by two instances', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `atlas-test-${randomUUID()}`;
  const logger = createLogger('silent', 'json');
  const stores: LimiterStore[] = [];
  const client = new Redis(url);
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    const keys = await client.keys(`${prefix}:*`);
    if (keys.length) await client.del(...keys);
    client.disconnect();
  });

  it('lets exactly 5 of 30 concurrent attempts through, and keeps no address in its keys', async () => {
    stores.push(await redisStore(url, prefix, logger), await redisStore(url, prefix, logger));
    const throttles = stores.map((store) => new LoginThrottle(store, 'a deployment secret'));
    const email = 'victim@atlas.test';
    const results = await attempts(
      throttles,
      Array.from({ length: 30 }, (_, i) => [email, `10.1.0.${i}`]),
    );
    expect(count(results, 'reserved')).toBe(5);
    expect(count(results, 'RATE_LIMITED')).toBe(25);

    const keys = await client.keys(`${prefix}:*`);
    expect(keys.length).toBeGreaterThan(30); // one per account and per address
    const plainHash = createHash('sha256').update(email).digest('hex').slice(0, 16);
    for (const key of keys) {
      expect(key).not.toMatch(/victim|atlas\.test|@|10\.1\.0\./);
      expect(key).not.toContain(plainHash);
    }
  });
});
