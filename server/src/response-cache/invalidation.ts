import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger';
import type { ResponseCache } from './response-cache';

export interface Invalidation {
  /** A write happened here: empty this instance's cache, and every other instance's. */
  announce(): void;
  close(): Promise<void>;
}

/**
 * Writes empty the cache of the instance that made them at once; with Redis, they are announced on
 * a channel so that every instance behind the load balancer empties its own.
 */
export async function invalidation(
  cache: ResponseCache,
  redis: { url: string; keyPrefix: string } | null,
  logger: Logger,
): Promise<Invalidation> {
  if (!redis) return { announce: () => cache.clear(), close: async () => {} };
  const channel = `${redis.keyPrefix}:response-cache:invalidate`;
  const publisher = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  const subscriber = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  for (const client of [publisher, subscriber]) client.on('error', () => {});
  subscriber.on('message', () => cache.clear());
  await subscriber.subscribe(channel).catch((error: unknown) => {
    logger.warn(
      { err: error },
      'Redis unreachable: writes on other instances may be seen here only after the cache TTL',
    );
  });
  return {
    announce: () => {
      cache.clear();
      publisher.publish(channel, String(Date.now())).catch(() => {});
    },
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
