import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Step } from '../http/pipeline';
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
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
}

/** Starts a request's log line, once, wherever it is met first; returns the request's id. */
export type StartRequestLog = (req: IncomingMessage, res: ServerResponse) => string;

/**
 * One log line per request (liveness probes aside): request id, method, path (never the query
 * string: a GET holds the whole document and its variables), status, duration in ms and the GraphQL
 * operation; never a header, so never a token or a cookie. Error level for a 5xx. Written when the
 * response closes; started once, by the response cache's front door or the pipeline, whichever
 * meets the request first.
 *
 * Written by hand rather than with pino-http, which makes two child loggers per request: answers from
 * the response cache cost a few tens of microseconds, and their log line should not cost more.
 */
export function requestLogStart(logger: Logger, format: LogFormat): StartRequestLog {
  const level = requestLevel(format);
  const ids = new WeakMap<ServerResponse, string>();
  return (req, res) => {
    const known = ids.get(res);
    if (known !== undefined) return known;
    const id = requestId(req);
    ids.set(res, id);
    const started = performance.now();
    // As asked: express rewrites req.url below a mount point.
    const url = req.url ?? '';
    if (url !== '/healthz') {
      res.once('close', () => {
        const operation = notes.get(res);
        const line = {
          req: { id, method: req.method, path: url.split('?')[0] },
          res: { status: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(operation?.type || operation?.cache
            ? { operation: { name: operation.name, type: operation.type, cache: operation.cache } }
            : {}),
        };
        if (!res.writableFinished) logger[level](line, 'request aborted');
        else if (res.statusCode >= 500) logger.error(line, 'request errored');
        else logger[level](line, 'request completed');
      });
    }
    return id;
  };
}

/**
 * The log line as a step of the pipeline, which also echoes the id in X-Request-Id and gives
 * `req.log`, a logger bound to the request id, to a handler that has something to add (a download
 * that failed half-way). Answers from the response cache's front door need none.
 */
export function requestLog(start: StartRequestLog, logger: Logger): Step {
  return (req, res, next) => {
    const id = start(req, res);
    res.setHeader('X-Request-Id', id);
    (req as IncomingMessage & { log?: Logger }).log = logger.child({ req: { id } });
    next();
  };
}
