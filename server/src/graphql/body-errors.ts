import type { ErrorRequestHandler } from 'express';
import { atlasError, withCode } from './errors';
import { sendErrors } from './send-errors';

/**
 * A request body that is not valid JSON (or too large) gets a coded JSON error with the status
 * express chose (400, 413), never express's HTML page with a stack trace.
 */
export function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, _req, res, next) => {
    if (typeof error?.status !== 'number' || error.status >= 500) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    sendErrors(
      res,
      error.status,
      atlasError(
        'BAD_USER_INPUT',
        tooLarge
          ? `The request body is larger than ${maxBodyBytes} bytes (limit set by ATLAS_MAX_BODY_BYTES).`
          : `Malformed request body: ${error.message ?? 'unreadable'}`,
        { fields: [withCode({ path: 'body', message: tooLarge ? 'too large' : 'not valid JSON' })] },
      ),
    );
  };
}
