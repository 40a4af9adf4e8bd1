import { createHmac } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { atlasError } from '../graphql/errors';
import { memoryStore, type LimiterStore } from '../limits/rate-limiter-store';

/** One sign-in attempt counted against both budgets; given back when the password was right (or never checked). */
export interface Attempt {
  refund(): Promise<void>;
}

/** Keys the budgets when ATLAS_THROTTLE_SECRET is unset: still no address in clear, but guessable from a list. */
const DEFAULT_SECRET = 'atlas-login-throttle';

/**
 * Failed sign-ins are limited per account and per client address: 5 failures an account and 20 an
 * address in 15 minutes (a whole workshop may share one venue address), then RATE_LIMITED until the
 * window passes. In memory by default, in Redis (REDIS_URL) when several instances share the budgets.
 *
 * Each attempt takes its point BEFORE the password is checked (an atomic increment, in memory and
 * in Redis alike) and gives it back when the password was right: checked first and counted after,
 * 30 concurrent guesses were all checked before the first was counted. Keys are HMACs of the email
 * address and the client address, never the addresses themselves (Redis keys are easy to list).
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly secret: string;

  constructor(store: LimiterStore = memoryStore(), secret: string | null = null) {
    this.perAccount = store.limiter({ keyPrefix: 'login-account', points: 5, duration: 15 * 60 });
    this.perAddress = store.limiter({ keyPrefix: 'login-address', points: 20, duration: 15 * 60 });
    this.secret = secret ?? DEFAULT_SECRET;
  }

  /** Takes one attempt from both budgets; RATE_LIMITED (taking nothing) when either is spent. */
  async reserve(email: string, address: string): Promise<Attempt> {
    const budgets: [RateLimiterAbstract, string][] = [
      [this.perAccount, this.key('account', email)],
      [this.perAddress, this.key('address', address)],
    ];
    const taken = await Promise.allSettled(budgets.map(([limiter, key]) => limiter.consume(key)));
    const refund = async (which: (result: PromiseSettledResult<RateLimiterRes>) => boolean) => {
      await Promise.all(budgets.map(([limiter, key], i) => (which(taken[i]!) ? limiter.reward(key) : undefined)));
    };
    const refused = taken.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (refused.length === 0) return { refund: () => refund(() => true) };
    // A spent account does not also spend the address's budget, nor the other way round.
    await refund((result) => result.status === 'fulfilled');
    const failure = refused.find((reason) => !(reason instanceof RateLimiterRes));
    if (failure) throw failure;
    const retryAfter = Math.ceil(Math.max(...(refused as RateLimiterRes[]).map((res) => res.msBeforeNext)) / 1000);
    throw atlasError('RATE_LIMITED', `Too many failed sign-ins: try again in ${retryAfter} seconds.`, { retryAfter });
  }

  private key(kind: 'account' | 'address', value: string): string {
    return createHmac('sha256', this.secret).update(`${kind}:${value}`).digest('hex').slice(0, 32);
  }
}
