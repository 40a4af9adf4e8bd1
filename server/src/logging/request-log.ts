import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { LogFormat, Logger } from './logger';

/** What the GraphQL pipeline notes about a request for its log line. */
export interface OperationNote {
  name?: string;
  type?: string;
  /** An anonymous query answered without errors: the response cache may keep it. */
  cacheable?: boolean;
  /** Answered from the response cache. */
  cache?: 'hit';
}

const notes = new WeakMap<object, OperationNote>();

/** The note of a request's operation, by its response (filled in by the operation-log plugin). */
export function operationNoteOf(res: object): OperationNote {
  let note = notes.get(res);
  if (!note) notes.set(res, (note = {}));
  return note;
}

/**
 * The level of a request's log line: every request is a JSON line (`info`), but a terminal shows
 * requests only when asked (`LOG_LEVEL=debug`), or a page load would scroll away everything else.
 * Server errors are logged at `error` in both.
 */
const requestLevel = (format: LogFormat) => (format === 'json' ? 'info' : 'debug');

const GIVEN_ID = /^[\w.:-]{1,64}$/;

/** A caller's (or proxy's) X-Request-Id when it is sane, a new UUID otherwise; echoed in the response. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** One log line per request: request id, method, path, status, duration (ms) and the GraphQL operation. */
export function requestLog(logger: Logger, format: LogFormat) {
  const level = requestLevel(format);
  return pinoHttp({
    logger,
    genReqId: requestId,
    autoLogging: { ignore: (req) => req.url === '/healthz' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : level),
    customProps: (_req, res) => {
      const operation = notes.get(res);
      if (!operation?.type && !operation?.cache) return {};
      const { cacheable: _cacheable, ...logged } = operation;
      return { operation: logged };
    },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        // The path only: a GET query string holds the whole document and its variables.
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  });
}

/**
 * The same log line for an answer from the response cache, written without pino-http's per-request
 * child loggers: a cache hit costs a few microseconds, and its log line should not cost more.
 */
export function cacheHitLog(logger: Logger, format: LogFormat) {
  const level = requestLevel(format);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const id = requestId(req, res);
    const started = performance.now();
    res.once('finish', () =>
      logger[level](
        {
          req: { id, method: req.method, path: req.url?.split('?')[0] },
          res: { status: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          operation: { type: 'query', cache: 'hit' },
        },
        'request completed',
      ),
    );
  };
}
