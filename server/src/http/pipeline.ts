import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Express } from 'express';

/**
 * One step of the request pipeline, in connect's shape (express middleware of this shape is one too):
 * it either answers, or calls `next()` to pass the request on (`next(error)` for a failure).
 */
export type Step = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => unknown;

/** How the pipeline ends a request no step answered (`error` null or undefined), or one a step failed. */
export type Ending = (error: unknown, req: IncomingMessage, res: ServerResponse) => void;

/**
 * The steps every request goes through, assembled once, on node's request and response: express
 * costs about 100 µs a request before it runs a single middleware, more than a whole cache hit, so
 * it is only the last step, for what is not answered before. A request that passes every step, or a
 * step that throws, rejects or calls `next(error)`, goes to `end`.
 */
export function pipeline(steps: Step[], end: Ending): RequestListener {
  return (req, res) => {
    let index = 0;
    const next = (error?: unknown): void => {
      const step = error == null ? steps[index++] : undefined;
      if (!step) return end(error, req, res);
      try {
        const result = step(req, res, next);
        if (result instanceof Promise) result.catch((rejection: unknown) => end(rejection ?? 'rejected', req, res));
      } catch (thrown) {
        end(thrown ?? 'thrown', req, res);
      }
    };
    next();
  };
}

/** Runs `step` only for the requests `applies` chooses; the others pass it by. */
export function only(applies: (req: IncomingMessage) => boolean, step: Step): Step {
  return (req, res, next) => (applies(req) ? step(req, res, next) : next());
}

/** One of two steps, chosen by `first`. */
export function branch(first: (req: IncomingMessage) => boolean, yes: Step, no: Step): Step {
  return (req, res, next) => (first(req) ? yes(req, res, next) : no(req, res, next));
}

/**
 * An express application as a step. What it does not answer, and what fails in it, comes back to
 * the pipeline's end rather than to express's final handler, which waits for the whole request body
 * before answering — and then answers a second time if the time limit answered meanwhile.
 */
export function expressStep(app: Express): Step {
  const handle = app as unknown as (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  return (req, res, next) => handle(req, res, next);
}

/** Whether a request's path is one of `prefixes` or below it (`/graphql`, `/graphql/…`, `/graphql?…`). */
export function underPaths(...prefixes: string[]): (req: IncomingMessage) => boolean {
  return (req) => {
    const url = req.url ?? '';
    return prefixes.some((prefix) => {
      if (!url.startsWith(prefix)) return false;
      const after = url.charAt(prefix.length);
      return after === '' || after === '/' || after === '?';
    });
  };
}
