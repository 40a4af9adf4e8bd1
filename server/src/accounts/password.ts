import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { atlasError } from '../graphql/errors';
import { concurrencyLimit, QueueFull } from '../limits/concurrency-limit';

/** scrypt, memory-hard: N=2^15, r=8, p=1 (32 MiB per hash), 16-byte salt, 32-byte key. */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Hashes run on libuv's thread pool (4 threads), which also reads static files and compresses
 * answers. Unbounded, 50 sign-ins a second (each hash about 170 ms on an idle 2-core machine) filled
 * it: a static file took 64 to 91 s and a normal query 5 to 6.5 s, and most sign-ins timed out.
 * So at most half the cores (1 or 2) hash at once; at most 8 sign-ins wait, each for at most 2 s
 * (a busy machine hashes slower); any other is refused at once with RATE_LIMITED. Memory stays
 * bounded too (32 MiB per hash in progress). The same flood now costs other requests what any 50
 * requests a second cost.
 */
const HASHING_AT_ONCE = Math.min(2, Math.max(1, Math.floor(availableParallelism() / 2)));
const hashing = concurrencyLimit(HASHING_AT_ONCE, { maxWaiting: 8, maxWaitMs: 2000 });

async function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  try {
    return await hashing(
      () =>
        new Promise<Buffer>((resolve, reject) =>
          scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (error, key) =>
            error ? reject(error) : resolve(key),
          ),
        ),
    );
  } catch (error) {
    if (!(error instanceof QueueFull)) throw error;
    throw atlasError('RATE_LIMITED', 'Too many sign-ins at this moment: try again in a few seconds.', {
      retryAfter: 2,
    });
  }
}

/** `scrypt$N$r$p$salt$key`, base64url parts: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A stand-in hash to verify against when the account does not exist, so timing does not tell. */
export const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
