import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { atlasError } from '../graphql/errors';
import { memoryStore, type LimiterStore } from '../limits/rate-limiter-store';

/**
 * Failed sign-ins are limited per account and per client address: 5 failures an account and 20 an
 * address in 15 minutes (a whole workshop may share one venue address), then RATE_LIMITED until the
 * window passes. In memory by default, in Redis (REDIS_URL) when several instances share the budgets.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(store: LimiterStore = memoryStore()) {
    this.perAccount = store.limiter({ keyPrefix: 'login-account', points: 5, duration: 15 * 60 });
    this.perAddress = store.limiter({ keyPrefix: 'login-address', points: 20, duration: 15 * 60 });
  }

  /** Throws RATE_LIMITED when either budget is spent. */
  async check(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [account, client].filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0);
    if (blocked.length > 0) {
      const retryAfter = Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000);
      throw atlasError('RATE_LIMITED', `Too many failed sign-ins: try again in ${retryAfter} seconds.`, { retryAfter });
    }
  }

  async failed(email: string, address: string): Promise<void> {
    await Promise.allSettled([this.perAccount.consume(email), this.perAddress.consume(address)]);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
