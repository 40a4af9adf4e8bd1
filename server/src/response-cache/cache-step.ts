import type { IncomingMessage, ServerResponse } from 'node:http';
import { atlasError, withCode } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import type { Step } from '../http/pipeline';
import { operationNoteOf } from '../logging/request-log';
import { cacheMisses } from './cache-candidate';
import type { ResponseCache } from './response-cache';

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
 * through (log line, headers, time limit, CORS, who is asking, rate budget): a query the front
 * door (cache-front.ts) did not find goes on to express, and its answer is kept when the GraphQL
 * pipeline says it may be. A POST's body, which the front door read, is handed to express.json.
 */
export function responseCacheStep(cache: ResponseCache): Step {
  return (req, res, next) => {
    const miss = cacheMisses.get(req);
    if (!miss) return next();
    if (miss.body !== undefined) {
      try {
        // express.json sees the body already read and leaves this in place.
        (req as IncomingMessage & { body?: unknown }).body = JSON.parse(miss.body);
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
    }
    // Answered uncompressed this once, so the bytes can be kept; hits are gzipped from memory.
    delete req.headers['accept-encoding'];
    keepOnItsWay(res, cache, miss.key);
    next();
  };
}
