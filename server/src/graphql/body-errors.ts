import type { ErrorRequestHandler } from 'express';

/**
 * A request body that is not valid JSON (or too large) gets a GraphQL-shaped JSON error with the
 * status express chose (400, 413), never express's HTML page with a stack trace.
 */
export const bodyErrors: ErrorRequestHandler = (
  error: { status?: number; type?: string; message?: string },
  _req,
  res,
  next,
) => {
  if (typeof error?.status !== 'number' || error.status >= 500) return next(error);
  res.status(error.status).json({
    errors: [
      {
        message:
          error.type === 'entity.too.large'
            ? 'Request body too large'
            : `Malformed request body: ${error.message ?? 'unreadable'}`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
};
