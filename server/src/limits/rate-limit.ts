import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../access/viewer';
import { atlasError } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import type { RequestLimits } from './limits-config';
import type { LimiterStore } from './rate-limiter-store';

/** What spending one point left: whether it was within the budget, and the RateLimit-* headers that say so. */
export interface BudgetState {
  allowed: boolean;
  headers: [string, string][];
  /** Seconds until the budget has points again, when not allowed. */
  retryAfter: number;
}

/** Spends one point of a client's budget. */
export type SpendBudget = (req: IncomingMessage, viewer: Viewer) => Promise<BudgetState>;

/**
 * Each request spends one point of its client's budget (ATLAS_RATE_LIMIT per
 * ATLAS_RATE_LIMIT_WINDOW_SECONDS): a signed-in account has its own budget wherever it connects
 * from; anyone else shares their address's. The headers tell what is left.
 */
export function requestBudget(
  store: LimiterStore,
  limits: RequestLimits,
  addressOf: (req: IncomingMessage) => string,
): SpendBudget {
  const limiter = store.limiter({
    keyPrefix: 'requests',
    points: limits.rateLimitPoints,
    duration: limits.rateLimitWindowSeconds,
  });
  const limit = String(limits.rateLimitPoints);
  const policy = `${limits.rateLimitPoints};w=${limits.rateLimitWindowSeconds}`;
  const headersOf = (state: RateLimiterRes): [string, string][] => [
    ['RateLimit-Limit', limit],
    ['RateLimit-Remaining', String(Math.max(0, state.remainingPoints))],
    ['RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000))],
    ['RateLimit-Policy', policy],
  ];
  // Addresses are kept hashed (the store may be Redis); the hash of each recent address is remembered.
  const hashed = new Map<string, string>();
  const addressKey = (address: string) => {
    let key = hashed.get(address);
    if (key === undefined) {
      if (hashed.size >= 10_000) hashed.clear();
      key = `address:${createHash('sha256').update(address).digest('hex').slice(0, 32)}`;
      hashed.set(address, key);
    }
    return key;
  };
  return async (req, viewer) => {
    const key = viewer.userId !== null ? `user:${viewer.userId}` : addressKey(addressOf(req));
    try {
      return { allowed: true, headers: headersOf(await limiter.consume(key)), retryAfter: 0 };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return { allowed: false, headers: headersOf(rejection), retryAfter };
    }
  };
}

/**
 * The budget as a step of the request pipeline, after `authenticate`, whose `callerOf` tells who is
 * asking: over budget, HTTP 429 RATE_LIMITED with Retry-After.
 */
export function rateLimit(
  spend: SpendBudget,
  callerOf: (res: ServerResponse) => { viewer: Viewer },
  limits: RequestLimits,
) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const state = await spend(req, callerOf(res).viewer);
    for (const [name, value] of state.headers) res.setHeader(name, value);
    if (state.allowed) return next();
    res.setHeader('Retry-After', String(state.retryAfter));
    sendErrors(
      res,
      429,
      atlasError(
        'RATE_LIMITED',
        `Too many requests from this client: the budget is ${limits.rateLimitPoints} requests every ${limits.rateLimitWindowSeconds} seconds. Try again in ${state.retryAfter} seconds.`,
        { retryAfter: state.retryAfter, limit: limits.rateLimitPoints, windowSeconds: limits.rateLimitWindowSeconds },
      ),
    );
  };
}
