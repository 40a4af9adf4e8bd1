import type { EntityManager } from '@mikro-orm/knex';
import { ANONYMOUS, type Viewer } from '../access/viewer';
import type { Dialect } from '../config';
import { RelatedRecords } from '../db/related-records';
import type { AtlasContext, AtlasServices } from '../graphql/context';
import { RequestLoaders } from '../graphql/request-loaders';
import { OUTSIDE_REQUEST } from '../limits/request-timeout';
import type { OperationNote } from '../logging/request-log';

/** A request's context (graphql/context.ts says what it holds). */
export function createContext(
  em: EntityManager,
  dialect: Dialect,
  services: AtlasServices,
  viewer: Viewer = ANONYMOUS,
  request: AtlasContext['request'] = { token: null, address: 'local' },
  operation: OperationNote = {},
  signal: AbortSignal = OUTSIDE_REQUEST,
): AtlasContext {
  return {
    em,
    dialect,
    viewer,
    request,
    services,
    loaders: new RequestLoaders(em),
    related: new RelatedRecords(em, viewer),
    operation,
    signal,
  };
}
