import { once } from 'node:events';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logging/logger';

/** Where budgets are counted: this process's memory, or a Redis server that several instances share. */
export interface LimiterStore {
  limiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract;
  close(): Promise<void>;
}

export function memoryStore(): LimiterStore {
  return { limiter: (options) => new RateLimiterMemory(options), close: async () => {} };
}

/**
 * Budgets in Redis. While Redis is unreachable each instance falls back to its own memory, so an
 * outage of Redis never takes the Atlas down (the budget is then per instance until Redis returns).
 * Waits up to 5 s for the first connection, so the first requests already share the budget.
 */
export async function redisStore(url: string, keyPrefix: string, logger: Logger): Promise<LimiterStore> {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let reported = false;
  client.on('error', (error: Error) => {
    // ioredis retries by itself; the limiters use their in-memory insurance meanwhile.
    if (!reported)
      logger.warn({ err: error }, 'Redis unreachable: rate limits are counted per instance until it returns');
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
  await Promise.race([once(client, 'ready'), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
  return {
    limiter: (options) =>
      new RateLimiterRedis({
        ...options,
        keyPrefix: `${keyPrefix}:${options.keyPrefix}`,
        storeClient: client,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    close: async () => {
      client.disconnect();
    },
  };
}
