import type { EntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../graphql/errors';
import {
  parseRecorded,
  removeRecord,
  restoreRecord,
  type Remover,
  type RestoredRecord,
  type Restorer,
} from '../history/restorers';
import { loadStatistic, referencesOf, statisticState, statisticStateSchema } from './country-statistic-state';
import { breakdownOf } from '../indicators/figure-breakdown';
import { CountryStatistic } from './country-statistic.entity';

/** A statistic as its restorer and remover read and record it. */
const statisticRecord = (em: EntityManager, entityId: number): RestoredRecord<CountryStatistic> => ({
  entityType: 'CountryStatistic',
  entityId,
  load: () => loadStatistic(em, entityId),
  stateOf: statisticState,
});

/** Brings a statistic back to a recorded state; a deleted one is re-created under its old ID. */
export const restoreCountryStatistic: Restorer = async (em, viewer, entityId, state) => {
  const figure = parseRecorded(statisticStateSchema, state, 'the recorded state is not a valid statistic');
  const references = await referencesOf(em, figure);
  if (!references) throw badUserInput([{ path: 'id', message: 'a record this figure refers to no longer exists' }]);
  return restoreRecord(em, viewer, statisticRecord(em, entityId), (existing) => {
    const fields = {
      ...references,
      year: figure.year,
      value: figure.value,
      sex: figure.sex,
      note: figure.note,
      ...breakdownOf(figure),
    };
    return existing ? em.assign(existing, fields) : em.create(CountryStatistic, { id: entityId, ...fields });
  });
};

/** Undoes the creation of a statistic: removes it, with a RESTORE revision that keeps it (restorable in turn). */
export const removeCountryStatistic: Remover = (em, viewer, entityId) =>
  removeRecord(em, viewer, statisticRecord(em, entityId), 'this statistic is already gone');
