import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ANONYMOUS } from '../accounts/viewer';
import { atlasError } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import type { SpendBudget } from '../limits/rate-limit';
import { operationNoteOf } from '../logging/request-log';
import type { CachedAnswer, ResponseCache } from './response-cache';

/** A POST body the front door reads itself; anything larger goes through express untouched. */
const MAX_CACHED_BODY_BYTES = 16_384;

export interface FrontDoorParts {
  /** The express application: everything that is not a cache hit. */
  app: RequestListener;
  cache: ResponseCache;
  /** The request log (pino-http's, and its lighter twin for hits), CORS headers, and the rate budget: as express applies them. */
  logRequest(req: IncomingMessage, res: ServerResponse): void;
  logHit(req: IncomingMessage, res: ServerResponse): void;
  allowCors(req: IncomingMessage, res: ServerResponse): void;
  spend: SpendBudget;
  /** Starts the request's time limit (express's own middleware then leaves it running). */
  startTimer(res: ServerResponse): void;
}

/** Only anonymous GraphQL requests over GET, or POST with a small JSON body, may be answered from the cache. */
function candidate(req: IncomingMessage): boolean {
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serve(req: IncomingMessage, res: ServerResponse, cache: ResponseCache, answer: CachedAnswer): void {
  res.setHeader('Content-Type', answer.contentType);
  res.setHeader('ETag', answer.etag);
  res.setHeader('Cache-Control', 'public, no-cache');
  res.setHeader('Vary', 'Accept, Accept-Encoding, Authorization');
  res.setHeader('X-Atlas-Cache', 'hit');
  if (req.headers['if-none-match'] === answer.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && answer.body.length > 1024;
  const body = gzip ? cache.gzipped(answer) : answer.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/**
 * In front of express and the GraphQL pipeline: an anonymous query asked before is answered from
 * memory, with the same bytes, headers, log line and rate budget, at a fraction of the cost. A miss
 * goes through express as usual; its answer is kept when the pipeline says it may be.
 */
export function frontDoor(parts: FrontDoorParts): RequestListener {
  const { app, cache } = parts;

  const hit = async (req: IncomingMessage, res: ServerResponse, answer: CachedAnswer) => {
    parts.logHit(req, res);
    parts.allowCors(req, res);
    if (await parts.spend(req, res, ANONYMOUS)) serve(req, res, cache, answer);
  };

  const miss = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const generation = cache.generation;
    // Answered uncompressed this once, so the bytes can be kept; hits are gzipped from memory.
    delete req.headers['accept-encoding'];
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as ServerResponse['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') keep(chunk);
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
    res.once('finish', () => {
      const contentType = res.getHeader('content-type');
      if (res.statusCode === 200 && operationNoteOf(res).cacheable && typeof contentType === 'string') {
        cache.set(key, Buffer.concat(chunks), contentType, generation);
      }
    });
    app(req, res);
  };

  const answer = (req: IncomingMessage, res: ServerResponse, key: string) => {
    const cached = cache.get(key);
    if (cached) hit(req, res, cached).catch(() => res.destroy());
    else miss(req, res, key);
  };

  return (req, res) => {
    if (!candidate(req)) return app(req, res);
    parts.startTimer(res);
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET') return answer(req, res, `GET ${req.url} ${accept}`);
    readBody(req).then(
      (body) => {
        const key = `POST ${accept} ${body}`;
        const cached = cache.get(key);
        if (cached) {
          hit(req, res, cached).catch(() => res.destroy());
          return;
        }
        try {
          // express.json sees the body already read and leaves this in place.
          (req as IncomingMessage & { body?: unknown }).body = JSON.parse(body);
        } catch (error) {
          parts.logRequest(req, res);
          parts.allowCors(req, res);
          const message = error instanceof Error ? error.message : 'unreadable';
          sendErrors(
            res,
            400,
            atlasError('BAD_USER_INPUT', `Malformed request body: ${message}`, {
              fields: [{ path: 'body', message: 'not valid JSON' }],
            }),
          );
          return;
        }
        miss(req, res, key);
      },
      () => res.destroy(),
    );
  };
}
