import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ANONYMOUS } from '../access/viewer';
import { CACHEABLE_ANSWER, GRAPHQL_VARY, varyWith } from '../http/caching-headers';
import { headersSetBy } from '../http/security-headers';
import type { Step } from '../http/pipeline';
import type { SpendBudget } from '../limits/rate-limit';
import { operationNoteOf, type StartRequestLog } from '../logging/request-log';
import type { CachedAnswer, ResponseCache } from './response-cache';
import { cacheCandidate, readBody, type CacheMiss, cacheMisses } from './cache-candidate';

/** What the front door does of what the pipeline does for every API request, each the same function. */
export interface FrontDoorSteps {
  startLog: StartRequestLog;
  startClock: (res: ServerResponse) => void;
  securityHeaders: [string, string][];
  cors: Step;
  spend: SpendBudget;
}

/** The headers of one answer from memory, past the request's own (its id, its rate budget). */
interface HitHeaders {
  ok: string[];
  gzipped: string[];
  notModified: string[];
}

/** Whether If-None-Match names this entity tag, or any ("*"), by weak comparison (RFC 9110, 13.1.2). */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * The response cache's front door, a node:http handler in front of the request pipeline: an
 * anonymous query asked before is answered from memory with the same bytes and the same headers
 * as the pipeline would give it — request id and log line, security headers, CORS, rate budget,
 * ETag (304 to a GET that has it), caching headers — written at once with one writeHead, the
 * headers that are the same for every such answer put together once per answer and origin. The
 * rest, and every miss, goes on to the pipeline, a POST's body already read (cache-step.ts keeps
 * the answer of a miss). Through the pipeline a hit cost about 95 µs of CPU, five times a plain
 * node:http server sending the same bytes: each step set its headers one by one, a time limit and an
 * abort signal were made and a child logger, for an answer that is sent at once.
 */
export function cacheFront(cache: ResponseCache, steps: FrontDoorSteps, rest: RequestListener): RequestListener {
  const byOrigin = new Map<string, [string, string][]>();
  const corsHeaders = (origin: string | undefined): [string, string][] => {
    const key = origin ?? '';
    let headers = byOrigin.get(key);
    if (!headers) {
      headers = headersSetBy(steps.cors, { method: 'GET', headers: origin === undefined ? {} : { origin } });
      // Any origin may be named: only so many are remembered.
      if (byOrigin.size >= 1000) byOrigin.clear();
      byOrigin.set(key, headers);
    }
    return headers;
  };
  const hitHeaders = new WeakMap<CachedAnswer, Map<string, HitHeaders>>();
  const headersOf = (answer: CachedAnswer, origin: string | undefined): HitHeaders => {
    let forAnswer = hitHeaders.get(answer);
    if (!forAnswer) hitHeaders.set(answer, (forAnswer = new Map()));
    let headers = forAnswer.get(origin ?? '');
    if (!headers) {
      headers = assemble(answer, steps.securityHeaders, corsHeaders(origin), cache);
      if (forAnswer.size < 100) forAnswer.set(origin ?? '', headers);
    }
    return headers;
  };

  const answer = (req: IncomingMessage, res: ServerResponse, miss: CacheMiss) => {
    const cached = cache.get(miss.key);
    if (!cached) {
      cacheMisses.set(req, miss);
      return rest(req, res);
    }
    const id = steps.startLog(req, res);
    steps.spend(req, ANONYMOUS).then(
      (budget) => {
        // Over budget: the pipeline refuses it (429), as it would any request.
        if (!budget.allowed) return rest(req, res);
        send(req, res, cached, headersOf(cached, req.headers.origin), id, budget.headers);
      },
      () => rest(req, res),
    );
  };

  return (req, res) => {
    if (!cacheCandidate(req)) return rest(req, res);
    const accept = req.headers.accept ?? '';
    if (req.method === 'GET') return answer(req, res, { key: `GET ${req.url} ${accept}` });
    // A body may take a while: the request's log line and time limit start now.
    steps.startLog(req, res);
    steps.startClock(res);
    // A client that goes away before its body is sent gets nothing (its connection is closed).
    readBody(req).then(
      (body) => {
        // The time limit may have answered while the body was arriving.
        if (!res.headersSent) answer(req, res, { key: `POST ${accept} ${body}`, body });
      },
      () => res.destroy(),
    );
  };
}

/** The headers of an answer from memory, for one origin, in the order the pipeline sets them. */
function assemble(
  answer: CachedAnswer,
  security: [string, string][],
  cors: [string, string][],
  cache: ResponseCache,
): HitHeaders {
  const corsVary = cors.find(([name]) => name.toLowerCase() === 'vary')?.[1];
  const before = [...security, ...cors.filter(([name]) => name.toLowerCase() !== 'vary')];
  const after = (encoding: [string, string][]): [string, string][] => [
    ['Content-Type', answer.contentType],
    ['ETag', answer.etag],
    ['X-Atlas-Cache', 'hit'],
    ...encoding,
    ['Vary', varyWith(corsVary, GRAPHQL_VARY)],
    ['Cache-Control', CACHEABLE_ANSWER],
  ];
  const flat = (pairs: [string, string][]) => pairs.flat();
  const gzipped = answer.body.length > 1024 ? cache.gzipped(answer) : null;
  return {
    ok: flat([...before, ...after([['Content-Length', String(answer.body.length)]])]),
    gzipped: gzipped
      ? flat([
          ...before,
          ...after([
            ['Content-Encoding', 'gzip'],
            ['Content-Length', String(gzipped.length)],
          ]),
        ])
      : [],
    notModified: flat([...before, ...after([])]),
  };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  answer: CachedAnswer,
  headers: HitHeaders,
  id: string,
  budget: [string, string][],
): void {
  const note = operationNoteOf(res);
  note.type = 'query';
  note.cache = 'hit';
  note.cacheable = true;
  const own = ['X-Request-Id', id, ...budget.flat()];
  if (req.method === 'GET' && notModified(req.headers['if-none-match'], answer.etag)) {
    res.writeHead(304, [...own, ...headers.notModified]);
    res.end();
    return;
  }
  const gzip = headers.gzipped.length > 0 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, [...own, ...(gzip ? headers.gzipped : headers.ok)]);
  res.end(gzip ? answer.gzipped : answer.body);
}
