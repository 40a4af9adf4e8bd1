import { gzipSync } from 'node:zlib';
import etag from 'etag';
import { LRUCache } from 'lru-cache';

/** One cached answer: its exact bytes, gzipped once on first demand, and its entity tag. */
export interface CachedAnswer {
  body: Buffer;
  contentType: string;
  etag: string;
  gzipped?: Buffer;
}

export interface ResponseCacheOptions {
  maxBytes: number;
  ttlSeconds: number;
}

/**
 * Answers to anonymous GraphQL queries, by request. Any write through the API empties it; the time
 * to live bounds how long a write made outside the API (the import command) can go unseen. A
 * generation number tells an answer computed before a write from one computed after.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedAnswer>;
  private current = 0;

  constructor(options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedAnswer>({
      maxSize: options.maxBytes,
      sizeCalculation: (answer, key) => answer.body.length + key.length + 200,
      ttl: options.ttlSeconds * 1000,
    });
  }

  get generation(): number {
    return this.current;
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  /** Keeps an answer, unless a write happened since it was computed (at `generation`). */
  set(key: string, body: Buffer, contentType: string, generation: number): void {
    if (generation !== this.current) return;
    // The entity tag express gives the same bytes, so a browser's If-None-Match matches either way.
    this.entries.set(key, { body, contentType, etag: etag(body, { weak: true }) });
  }

  gzipped(answer: CachedAnswer): Buffer {
    answer.gzipped ??= gzipSync(answer.body);
    return answer.gzipped;
  }

  clear(): void {
    this.current += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
