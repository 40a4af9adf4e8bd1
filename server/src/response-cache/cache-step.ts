import type { IncomingMessage, ServerResponse } from 'node:http';
import { atlasError, withCode } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import type { Step } from '../http/pipeline';
import { operationNoteOf } from '../logging/request-log';
import type { CachedAnswer, ResponseCache } from './response-cache';

/** A POST body this step reads itself; anything larger goes on to express untouched. */
const MAX_CACHED_BODY_BYTES = 16_384;

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

/** Whether If-None-Match names this entity tag, or any ("*"), by weak comparison (RFC 9110, 13.1.2). */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** The kept bytes, with the ETag express gives them (304 to a GET that has them); the caching headers are the pipeline's. */
function serve(req: IncomingMessage, res: ServerResponse, cache: ResponseCache, answer: CachedAnswer): void {
  const note = operationNoteOf(res);
  note.type = 'query';
  note.cache = 'hit';
  note.cacheable = true;
  res.setHeader('Content-Type', answer.contentType);
  res.setHeader('ETag', answer.etag);
  res.setHeader('X-Atlas-Cache', 'hit');
  if (req.method === 'GET' && notModified(req.headers['if-none-match'], answer.etag)) {
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

/** Passes the request on, keeping the bytes of its answer when the GraphQL pipeline says they may be kept. */
function keepOnItsWay(res: ServerResponse, cache: ResponseCache, key: string): void {
  const generation = cache.generation;
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
}

/**
 * The response cache's place in the request pipeline, after the steps every API request goes
 * through (log line, headers, time limit, CORS, who is asking, rate budget): an anonymous query
 * asked before is answered from memory with the same bytes, at a fraction of the cost; a miss goes
 * on to express, and its answer is kept when the GraphQL pipeline says it may be.
 */
export function responseCacheStep(cache: ResponseCache): Step {
  const miss = (req: IncomingMessage, res: ServerResponse, next: () => void, key: string) => {
    // Answered uncompressed this once, so the bytes can be kept; hits are gzipped from memory.
    delete req.headers['accept-encoding'];
    keepOnItsWay(res, cache, key);
    next();
  };

  return (req, res, next) => {
    if (!candidate(req)) return next();
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET') {
      const key = `GET ${req.url} ${accept}`;
      const cached = cache.get(key);
      return cached ? serve(req, res, cache, cached) : miss(req, res, next, key);
    }
    // A client that goes away before its body is sent gets nothing (its connection is closed).
    return readBody(req).then(
      (body) => {
        // The time limit may have answered while the body was arriving.
        if (res.headersSent) return;
        const key = `POST ${accept} ${body}`;
        const cached = cache.get(key);
        if (cached) return serve(req, res, cache, cached);
        try {
          // express.json sees the body already read and leaves this in place.
          (req as IncomingMessage & { body?: unknown }).body = JSON.parse(body);
        } catch (error) {
          const message = error instanceof Error ? error.message : 'unreadable';
          sendErrors(
            res,
            400,
            atlasError('BAD_USER_INPUT', `Malformed request body: ${message}`, {
              fields: [withCode({ path: 'body', message: 'not valid JSON' })],
            }),
          );
          return;
        }
        miss(req, res, next, key);
      },
      () => res.destroy(),
    );
  };
}
