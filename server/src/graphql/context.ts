import type { EntityManager } from '@mikro-orm/knex';
import { PracticeStatus } from '@atlas/shared';
import type { Dialect } from '../config';
import { countLoader } from './count-loader';

/** Who is asking. Accounts arrive with the editing issue; until then every reader is anonymous. */
export interface Viewer {
  /** Practice statuses this viewer may read. */
  readableStatuses: PracticeStatus[];
}

export const ANONYMOUS: Viewer = { readableStatuses: [PracticeStatus.PUBLISHED] };

/** Per request: its own forked EntityManager (own identity map and dataloaders), its viewer, its loaders. */
export interface AtlasContext {
  em: EntityManager;
  dialect: Dialect;
  viewer: Viewer;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(em: EntityManager, dialect: Dialect, viewer: Viewer = ANONYMOUS): AtlasContext {
  return { em, dialect, viewer, loaders: createLoaders(em, viewer) };
}

function createLoaders(em: EntityManager, viewer: Viewer) {
  const knex = em.getKnex();
  const readablePractices = () => knex.from('practice').whereIn('status', viewer.readableStatuses);
  return {
    practiceCountByCountry: countLoader((ids) =>
      em.execute(
        readablePractices()
          .select({ id: 'country_id' })
          .count({ n: '*' })
          .whereIn('country_id', ids)
          .groupBy('country_id'),
      ),
    ),
    practiceCountByProgram: countLoader((ids) =>
      em.execute(
        readablePractices()
          .select({ id: 'program_id' })
          .count({ n: '*' })
          .whereIn('program_id', ids)
          .groupBy('program_id'),
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
