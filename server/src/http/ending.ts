import { STATUS_CODES, type ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { sendErrors } from '../graphql/send-errors';
import type { Logger } from '../logging/logger';
import type { Ending } from './pipeline';

/** The status of a client's mistake an error carries (express.static's 404, a malformed URL's 400). */
function clientErrorStatus(error: unknown): number | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const given = status ?? statusCode;
  return typeof given === 'number' && given >= 400 && given < 500 ? given : undefined;
}

function plainAnswer(res: ServerResponse, status: number): void {
  const body = `${STATUS_CODES[status]}\n`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * How a request that no step answered ends, at once (a body still arriving is node's to drain or cut):
 * 404; a client's mistake, its 4xx; an unexpected failure (the database gone while reading a
 * session, say) is logged and answered 500 INTERNAL_SERVER_ERROR with nothing of its cause. A
 * response already begun is cut.
 */
export function ending(logger: Logger): Ending {
  return (error, req, res) => {
    const status = error == null ? 404 : clientErrorStatus(error);
    if (status === undefined) {
      logger.error({ err: error, req: { method: req.method, path: req.url?.split('?')[0] } }, 'unexpected error');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (status !== undefined) return plainAnswer(res, status);
    sendErrors(res, 500, new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
  };
}
