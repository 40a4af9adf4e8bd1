import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { badUserInput } from '../graphql/errors';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { parseRecorded, restoreRecord, type Restorer } from '../history/restorers';
import { loadStatistic, referencesOf, statisticState, statisticStateSchema } from './country-statistic-state';
import { CountryStatistic } from './country-statistic.entity';

/** Brings a statistic back to a recorded state; a deleted one is re-created under its old ID. */
export const restoreCountryStatistic: Restorer = async (em, viewer, entityId, state) => {
  const figure = parseRecorded(statisticStateSchema, state, 'the recorded state is not a valid statistic');
  const references = await referencesOf(em, figure);
  if (!references) throw badUserInput([{ path: 'id', message: 'a record this figure refers to no longer exists' }]);
  const record = {
    entityType: 'CountryStatistic',
    entityId,
    load: () => loadStatistic(em, entityId),
    stateOf: statisticState,
  };
  return restoreRecord(em, viewer, record, (existing) => {
    const fields = { ...references, year: figure.year, value: figure.value, sex: figure.sex, note: figure.note };
    return existing ? em.assign(existing, fields) : em.create(CountryStatistic, { id: entityId, ...fields });
  });
};

/** Undoes the creation of a statistic: removes it, with a RESTORE revision that keeps it (restorable in turn). */
export async function removeCountryStatistic(em: EntityManager, viewer: Viewer, entityId: number): Promise<void> {
  const existing = await loadStatistic(em, entityId);
  if (!existing) throw badUserInput([{ path: 'id', message: 'this statistic is already gone' }]);
  recordRevision(em, viewer, {
    entityType: 'CountryStatistic',
    entityId,
    action: RevisionAction.RESTORE,
    before: statisticState(existing),
    after: null,
  });
  em.remove(existing);
  await em.flush();
}
