import type { EntityManager } from '@mikro-orm/knex';
import { PracticeStatus } from '@atlas/shared';
import { ANONYMOUS, type Viewer } from '../accounts/viewer';
import type { LoginThrottle } from '../accounts/login-throttle';
import type { Dialect } from '../config';
import type { OperationNote } from '../logging/request-log';
import { RelatedRecords } from '../db/related-records';
import { countLoader } from './count-loader';

/** What the process holds for every request. */
export interface AtlasServices {
  loginThrottle: LoginThrottle;
}

/** Per request: its own forked EntityManager (own identity map and dataloaders), its viewer, its loaders. */
export interface AtlasContext {
  em: EntityManager;
  dialect: Dialect;
  viewer: Viewer;
  request: { token: string | null; address: string };
  services: AtlasServices;
  loaders: ReturnType<typeof createLoaders>;
  /** Records by id and relations, batched per request: how every field resolver follows a relation. */
  related: RelatedRecords;
  /** The operation's name and type, for the request's log line. */
  operation: OperationNote;
  /** Aborted once the request is answered, timed out or abandoned: work not yet started for it is skipped. */
  signal: AbortSignal;
}

export function createContext(
  em: EntityManager,
  dialect: Dialect,
  services: AtlasServices,
  viewer: Viewer = ANONYMOUS,
  request: AtlasContext['request'] = { token: null, address: 'local' },
  operation: OperationNote = {},
  signal: AbortSignal = new AbortController().signal,
): AtlasContext {
  return {
    em,
    dialect,
    viewer,
    request,
    services,
    loaders: createLoaders(em),
    related: new RelatedRecords(em, viewer),
    operation,
    signal,
  };
}

/** Counts shown beside countries and programmes are of published practices, the same for everybody. */
function createLoaders(em: EntityManager) {
  const knex = em.getKnex();
  const published = () => knex.from('practice').where('status', PracticeStatus.PUBLISHED);
  return {
    practiceCountByCountry: countLoader((ids) =>
      em.execute(
        published().select({ id: 'country_id' }).count({ n: '*' }).whereIn('country_id', ids).groupBy('country_id'),
      ),
    ),
    practiceCountByProgram: countLoader((ids) =>
      em.execute(
        published().select({ id: 'program_id' }).count({ n: '*' }).whereIn('program_id', ids).groupBy('program_id'),
      ),
    ),
    programCountByCountry: countLoader((ids) =>
      em.execute(
        knex
          .from('program')
          .select({ id: 'country_id' })
          .count({ n: '*' })
          .whereIn('country_id', ids)
          .groupBy('country_id'),
      ),
    ),
  };
}
