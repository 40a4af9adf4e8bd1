import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { tooComplex } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import { requestEnded } from './request-ended';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

const ends = new WeakMap<ServerResponse, AbortController>();
const late = new WeakSet<ServerResponse>();
/** The signal of work done outside an HTTP request (a script, a test's direct execution): never aborted. */
export const OUTSIDE_REQUEST: AbortSignal = new AbortController().signal;

/**
 * Starts a request's clock (once, wherever it is met first: the response cache's front door or
 * express). Past the limit it answers 503 QUERY_TOO_COMPLEX, so a client is never left waiting.
 * Either way, once the response is closed (sent, timed out or abandoned by its client) the
 * request's signal is aborted: work for it that has not started yet never will (cancel-late-work.ts).
 */
export function requestTimer(limits: RequestLimits): (res: ServerResponse) => void {
  return (res) => {
    if (ends.has(res)) return;
    const end = new AbortController();
    ends.set(res, end);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      late.add(res);
      const error = tooComplex('The request took too long to answer', {
        name: 'timeoutMs',
        value: limits.timeoutMs,
        variable: LIMIT_VARIABLES.timeoutMs,
      });
      end.abort(error);
      res.setHeader('Connection', 'close');
      sendErrors(res, 503, error);
    }, limits.timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      end.abort(requestEnded('its response was closed (sent, or abandoned by the client)'));
    });
  };
}

/** Aborted once the request's response is closed or timed out; never, outside an HTTP request. */
export function requestSignal(res: ServerResponse): AbortSignal {
  return ends.get(res)?.signal ?? OUTSIDE_REQUEST;
}

/** Settles once the request of `signal` is answered (sent, timed out or abandoned); at once outside a request. */
export function requestClosed(signal: AbortSignal): Promise<void> {
  if (signal === OUTSIDE_REQUEST || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

export function requestTimeout(start: (res: ServerResponse) => void) {
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    start(res);
    next();
  };
}

/** The late answer of a request that timed out cannot be sent: that is expected, not an error. */
export const lateAnswerAfterTimeout: ErrorRequestHandler = (error, _req, res, next) => {
  if (late.has(res) && res.headersSent) return;
  next(error);
};
