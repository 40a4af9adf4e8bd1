import type { EntityManager } from '@mikro-orm/knex';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { AtlasOrm } from '../db/orm';
import { atlasError } from '../graphql/errors';
import { sendErrors } from '../graphql/send-errors';
import { viewerOf } from './auth.service';
import { bearerToken } from './tokens';
import { ANONYMOUS, type Viewer } from '../access/viewer';

/** Who is asking, settled once per request before anything else reads it (rate limits, GraphQL). */
export interface Caller {
  viewer: Viewer;
  token: string | null;
}

const callers = new WeakMap<object, Caller>();

/** The caller of a request that went through `authenticate`, by its response. */
export function callerOf(res: object): Caller {
  return callers.get(res) ?? { viewer: ANONYMOUS, token: null };
}

/**
 * Reads the bearer token. Any Authorization header that is not a live session (malformed, unknown,
 * expired, revoked, or of a disabled account) gets HTTP 401 UNAUTHENTICATED: a client that meant to
 * sign in is told so, instead of being answered as an anonymous reader.
 */
export function authenticate(orm: AtlasOrm) {
  return async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    try {
      if (token === 'malformed') {
        throw atlasError(
          'UNAUTHENTICATED',
          'The Authorization header must be `Bearer <token>`, with a token from login.',
        );
      }
      // Anonymous readers, most requests, need no database (nor an EntityManager of their own).
      const viewer = token ? await viewerOf(orm.em.fork() as EntityManager, token) : ANONYMOUS;
      callers.set(res, { viewer, token });
      next();
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendErrors(res, 401, error);
        return;
      }
      next(error);
    }
  };
}
