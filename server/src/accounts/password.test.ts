import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password only, with the parameters stored in the hash', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('anything', DUMMY_HASH)).toBe(false);
  });

  it('hashes a few at a time and refuses a flood beyond its line at once with RATE_LIMITED', async () => {
    const settled = await Promise.allSettled(Array.from({ length: 40 }, () => verifyPassword('a guess', DUMMY_HASH)));
    const refused = settled.filter((result) => result.status === 'rejected');
    for (const result of refused) {
      expect((result.reason as GraphQLError).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 2 });
    }
    // At most 2 hashing and 8 waiting: the other 30 or more are refused without being hashed.
    expect(refused.length).toBeGreaterThanOrEqual(30);
    expect(settled.length - refused.length).toBeGreaterThan(0);
  });
});
