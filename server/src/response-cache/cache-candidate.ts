import type { IncomingMessage } from 'node:http';

/** A POST body the front door reads itself; anything larger goes on untouched. */
const MAX_CACHED_BODY_BYTES = 16_384;

/** Only anonymous GraphQL requests over GET, or POST with a small JSON body, may be answered from the cache. */
export function cacheCandidate(req: IncomingMessage): boolean {
  if (req.headers.authorization !== undefined) return false;
  if (req.url !== '/graphql' && !req.url?.startsWith('/graphql?')) return false;
  if (req.method === 'GET') return true;
  const length = Number(req.headers['content-length']);
  return (
    req.method === 'POST' &&
    Number.isInteger(length) &&
    length <= MAX_CACHED_BODY_BYTES &&
    (req.headers['content-type'] ?? '').startsWith('application/json')
  );
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A candidate the cache did not have: its key, and a POST's body, read once by the front door. */
export interface CacheMiss {
  key: string;
  body?: string;
}

/** The misses the front door passed on to the pipeline, by request. */
export const cacheMisses = new WeakMap<IncomingMessage, CacheMiss>();
