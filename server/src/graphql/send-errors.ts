import type { ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';

/**
 * Answers with a GraphQL-shaped error body from outside the GraphQL pipeline (a malformed body, a
 * limit met before parsing, a timeout, a rate limit), so every refusal reads the same way. Takes
 * node's response, so the response cache's front door can use it before express.
 */
export function sendErrors(res: ServerResponse, status: number, ...errors: GraphQLError[]): void {
  const body = JSON.stringify({
    errors: errors.map((error) => {
      // `http` tells Apollo which status to use; it is not for clients (Apollo strips it too).
      const { http: _http, ...extensions } = error.extensions;
      return { ...error.toJSON(), extensions };
    }),
  });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
