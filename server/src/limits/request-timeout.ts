import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { tooComplex } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

const timed = new WeakSet<ServerResponse>();
const late = new WeakSet<ServerResponse>();

/**
 * Starts a request's clock (once, wherever it is met first: the response cache's front door or
 * express). Past the limit it answers 503 QUERY_TOO_COMPLEX, so a client is never left waiting;
 * work already started finishes in the background and its answer is dropped.
 */
export function requestTimer(limits: RequestLimits): (res: ServerResponse) => void {
  return (res) => {
    if (timed.has(res)) return;
    timed.add(res);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      late.add(res);
      res.setHeader('Connection', 'close');
      sendErrors(
        res,
        503,
        tooComplex('The request took too long to answer', {
          name: 'timeoutMs',
          value: limits.timeoutMs,
          variable: LIMIT_VARIABLES.timeoutMs,
        }),
      );
    }, limits.timeoutMs);
    res.once('close', () => clearTimeout(timer));
  };
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
