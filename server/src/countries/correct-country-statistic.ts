import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { authorize } from '../access/policy';
import { inTransaction } from '../db/in-transaction';
import type { Viewer } from '../access/viewer';
import { checkVersion, transactionalVersioned } from '../db/optimistic-lock';
import { conflict, InputProblems, notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { createSources, isStoredSource, recordCreatedSources } from '../sources/source-reference';
import { checkStatistics } from './check-statistics';
import { loadStatistic, statisticState } from './country-statistic-state';
import { breakdownOf } from '../indicators/figure-breakdown';
import { CountryStatistic } from './country-statistic.entity';
import { statisticInputSchema, type CountryStatisticInput } from './country-statistic.input';

const TYPE_NAME = 'statistic';

/**
 * Corrects a statistic as a whole (its country stays), if it is still at `expectedVersion` (else
 * CONFLICT with the current one). A correction that changes nothing writes nothing.
 */
export function updateCountryStatistic(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  input: CountryStatisticInput,
  expectedVersion: number,
): Promise<CountryStatistic> {
  return transactionalVersioned(em, { entity: CountryStatistic, typeName: TYPE_NAME, expectedVersion }, async (tx) => {
    const statistic = await findStatistic(tx, viewer, id);
    const { data: figure, problems: formatProblems } = checkInput(statisticInputSchema, input, 'input');
    const problems = new InputProblems();
    for (const { path, message } of formatProblems) problems.add(path, message);
    const country = statistic.country.getEntity();
    const { indicators, sources } = await checkStatistics(
      tx,
      viewer,
      country,
      [{ path: 'input', input }],
      problems,
      statistic,
    );
    problems.throwIfAny();
    checkVersion(TYPE_NAME, statistic, expectedVersion);

    const before = statisticState(statistic);
    const cited = sources[0]!;
    const created = isStoredSource(cited) ? new Map() : await createSources(tx, viewer, [cited]);
    Object.assign(statistic, {
      indicator: ref(indicators.get(figure!.indicatorCode)!),
      year: figure!.year,
      value: figure!.value,
      sex: figure!.sex,
      note: figure!.note ?? null,
      ...breakdownOf(figure!),
      source: ref(isStoredSource(cited) ? cited : created.get(cited)!),
    });
    await tx.flush();
    const after = statisticState(statistic);
    if (JSON.stringify(before) === JSON.stringify(after)) return statistic;
    recordCreatedSources(tx, viewer, created.values());
    recordRevision(tx, viewer, {
      entityType: 'CountryStatistic',
      entityId: statistic.id,
      action: RevisionAction.UPDATE,
      before,
      after,
    });
    return statistic;
  });
}

/**
 * Deletes a statistic, if it is still at `expectedVersion` (else CONFLICT with the current one);
 * its DELETE revision keeps it, so that `restoreRevision` can bring it back.
 */
export function deleteCountryStatistic(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  return inTransaction(em, async (tx) => {
    const statistic = await findStatistic(tx, viewer, id);
    checkVersion(TYPE_NAME, statistic, expectedVersion);
    recordRevision(tx, viewer, {
      entityType: 'CountryStatistic',
      entityId: statistic.id,
      action: RevisionAction.DELETE,
      before: statisticState(statistic),
      after: null,
    });
    // The ORM checks the version of an UPDATE, not of a DELETE: a change committed since the read
    // above leaves no row at this version, and becomes the same CONFLICT.
    const deleted = await tx.nativeDelete(CountryStatistic, { id: statistic.id, version: expectedVersion });
    if (deleted === 0) {
      const now = await tx.findOne(CountryStatistic, { id: statistic.id }, { refresh: true, fields: ['version'] });
      if (!now) throw notFound(TYPE_NAME);
      throw conflict(TYPE_NAME, expectedVersion, now.version);
    }
    tx.getUnitOfWork().unsetIdentity(statistic);
    return true;
  });
}

/**
 * The frame of every change to a stored statistic: UNAUTHENTICATED or FORBIDDEN first (statistics
 * are public, so there is nothing to hide behind NOT_FOUND), then the statistic by its global ID,
 * with what it refers to.
 */
async function findStatistic(tx: EntityManager, viewer: Viewer, id: string): Promise<CountryStatistic> {
  authorize(viewer, 'content.edit');
  const statistic = await loadStatistic(tx, idOf(id, 'CountryStatistic', 'id'));
  if (!statistic) throw notFound(TYPE_NAME);
  return statistic;
}
