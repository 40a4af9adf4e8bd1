import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../access/viewer';
import { atlasError } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import type { RequestLimits } from './limits-config';
import type { LimiterStore } from './rate-limiter-store';

/** Spends one point of a client's budget; false when over budget (HTTP 429 already sent). */
export type SpendBudget = (req: IncomingMessage, res: ServerResponse, viewer: Viewer) => Promise<boolean>;

function setBudgetHeaders(res: ServerResponse, limits: RequestLimits, state: RateLimiterRes): void {
  res.setHeader('RateLimit-Limit', String(limits.rateLimitPoints));
  res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
  res.setHeader('RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000)));
  res.setHeader('RateLimit-Policy', `${limits.rateLimitPoints};w=${limits.rateLimitWindowSeconds}`);
}

/**
 * Each request spends one point of its client's budget (ATLAS_RATE_LIMIT per
 * ATLAS_RATE_LIMIT_WINDOW_SECONDS): a signed-in account has its own budget wherever it connects
 * from; anyone else shares their address's. The headers tell what is left; over budget, HTTP 429
 * RATE_LIMITED with Retry-After.
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
  return async (req, res, viewer) => {
    const key = viewer.userId !== null ? `user:${viewer.userId}` : addressKey(addressOf(req));
    try {
      setBudgetHeaders(res, limits, await limiter.consume(key));
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      setBudgetHeaders(res, limits, rejection);
      res.setHeader('Retry-After', String(retryAfter));
      sendErrors(
        res,
        429,
        atlasError(
          'RATE_LIMITED',
          `Too many requests from this client: the budget is ${limits.rateLimitPoints} requests every ${limits.rateLimitWindowSeconds} seconds. Try again in ${retryAfter} seconds.`,
          { retryAfter, limit: limits.rateLimitPoints, windowSeconds: limits.rateLimitWindowSeconds },
        ),
      );
      return false;
    }
  };
}

/** The budget as a step of the request pipeline, after `authenticate`, whose `callerOf` tells who is asking. */
export function rateLimit(spend: SpendBudget, callerOf: (res: ServerResponse) => { viewer: Viewer }) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if (await spend(req, res, callerOf(res).viewer)) next();
  };
}
