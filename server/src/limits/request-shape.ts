import type { RequestHandler } from 'express';
import { atlasError, tooComplex, withCode } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

/** The document of a GraphQL request, from a POST body or a GET query string. */
function documentOf(body: unknown, query: unknown): unknown {
  if (body && typeof body === 'object' && 'query' in body) return body.query;
  if (query && typeof query === 'object' && 'query' in query) return query.query;
  return undefined;
}

/** Checks what can be checked before parsing: one operation per request, and the document's size. */
export function requestShape(limits: RequestLimits): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body)) {
      sendErrors(
        res,
        400,
        atlasError(
          'BAD_USER_INPUT',
          'Batched requests (a JSON array of operations) are not accepted: send one operation per request.',
          {
            fields: [withCode({ path: 'body', message: 'must be one request object, not an array' })],
          },
        ),
      );
      return;
    }
    const document = documentOf(req.body, req.query);
    if (typeof document === 'string' && Buffer.byteLength(document) > limits.maxDocumentBytes) {
      sendErrors(
        res,
        400,
        tooComplex(`The document is ${Buffer.byteLength(document)} bytes long`, {
          name: 'maxDocumentBytes',
          value: limits.maxDocumentBytes,
          variable: LIMIT_VARIABLES.maxDocumentBytes,
        }),
      );
      return;
    }
    next();
  };
}
