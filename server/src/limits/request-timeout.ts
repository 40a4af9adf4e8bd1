import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { tooComplex } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import { requestEnded } from './request-ended';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

/** A response closed (sent, or abandoned by its client); its reason, an error, is only made when a signal needs it. */
const CLOSED = Symbol('closed');
const closedReason = () => requestEnded('its response was closed (sent, or abandoned by the client)');

/** Each request's clock: why it ended, once it has, and its signal if one was asked for. */
interface Clock {
  ended?: unknown;
  controller?: AbortController;
}
const clocks = new WeakMap<ServerResponse, Clock>();
const late = new WeakSet<ServerResponse>();

/** The signal of work done outside an HTTP request (a script, a test's direct execution): never aborted. */
export const OUTSIDE_REQUEST: AbortSignal = new AbortController().signal;

function endClock(clock: Clock, reason: unknown): void {
  if (clock.ended !== undefined) return;
  clock.ended = reason;
  clock.controller?.abort(reason === CLOSED ? closedReason() : reason);
}

/**
 * Starts a request's clock (once, wherever it is met first: the response cache's front door or
 * the pipeline). Past the limit it answers 503 QUERY_TOO_COMPLEX, so a client is never left waiting.
 * Either way, once the response is closed (sent, timed out or abandoned by its client) the
 * request's signal is aborted: work for it that has not started yet never will (cancel-late-work.ts).
 * The signal is made only for a request that asks for it (one that reaches GraphQL): an answer
 * from the response cache needs none, and a controller and its reason cost a tenth of such an answer.
 */
export function requestTimer(
  limits: RequestLimits,
  /** Sets what every answer carries (security headers, CORS), for a request whose clock ran out before any step set them. */
  beforeLateAnswer: (req: IncomingMessage, res: ServerResponse) => void = () => {},
): (res: ServerResponse) => void {
  return (res) => {
    if (clocks.has(res)) return;
    const clock: Clock = {};
    clocks.set(res, clock);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      late.add(res);
      const error = tooComplex('The request took too long to answer', {
        name: 'timeoutMs',
        value: limits.timeoutMs,
        variable: LIMIT_VARIABLES.timeoutMs,
      });
      endClock(clock, error);
      beforeLateAnswer(res.req, res);
      res.setHeader('Connection', 'close');
      sendErrors(res, 503, error);
    }, limits.timeoutMs);
    res.once('close', () => {
      clearTimeout(timer);
      endClock(clock, CLOSED);
    });
  };
}

/** Aborted once the request's response is closed or timed out; never, outside an HTTP request. */
export function requestSignal(res: ServerResponse): AbortSignal {
  const clock = clocks.get(res);
  if (!clock) return OUTSIDE_REQUEST;
  if (!clock.controller) {
    clock.controller = new AbortController();
    if (clock.ended !== undefined) clock.controller.abort(clock.ended === CLOSED ? closedReason() : clock.ended);
  }
  return clock.controller.signal;
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
