import { normalCountryCode } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { authorize } from '../access/policy';
import { inTransaction } from '../db/in-transaction';
import type { Viewer } from '../access/viewer';
import { badUserInput, InputProblems, notFound } from '../graphql/errors';
import { checkInput } from '../graphql/validate-input';
import { recordRevision, RevisionAction } from '../history/record-revision';
import { createSources, isStoredSource, recordCreatedSources } from '../sources/source-reference';
import { checkStatistics } from './check-statistics';
import { statisticState } from './country-statistic-state';
import { breakdownOf } from '../indicators/figure-breakdown';
import { CountryStatistic } from './country-statistic.entity';
import { MAX_STATISTICS, statisticBatchSchema, type CountryStatisticInput } from './country-statistic.input';
import { Country } from './country.entity';

/**
 * Adds figures to a country's headline statistics, all or none: every problem of every row in one
 * round, at its path (`rows[2].value`). New sources are created with them, each once. Editors only;
 * like every change by an editor, they are public at once.
 */
export async function recordCountryStatistics(
  em: EntityManager,
  viewer: Viewer,
  countryCode: string,
  rows: CountryStatisticInput[],
): Promise<CountryStatistic[]> {
  authorize(viewer, 'content.edit');
  const { data: figures, problems: formatProblems } = checkInput(statisticBatchSchema, rows, 'rows');
  // An empty or oversized batch is refused before anything is read.
  if (rows.length === 0 || rows.length > MAX_STATISTICS) throw badUserInput(formatProblems);
  return inTransaction(em, async (tx) => {
    const country = await tx.findOne(Country, { code: normalCountryCode(countryCode) });
    if (!country) throw notFound('country', 'countryCode');
    const problems = new InputProblems();
    for (const { path, message } of formatProblems) problems.add(path, message);
    const { indicators, sources } = await checkStatistics(
      tx,
      viewer,
      country,
      rows.map((input, i) => ({ path: `rows[${i}]`, input })),
      problems,
    );
    problems.throwIfAny();

    const created = await createSources(
      tx,
      viewer,
      sources.flatMap((source) => (source && !isStoredSource(source) ? [source] : [])),
    );
    const statistics = figures!.map((figure, i) => {
      const source = sources[i]!;
      return tx.create(CountryStatistic, {
        country,
        indicator: indicators.get(figure.indicatorCode)!,
        year: figure.year,
        value: figure.value,
        sex: figure.sex,
        note: figure.note ?? null,
        ...breakdownOf(figure),
        source: isStoredSource(source) ? source : created.get(source)!,
      });
    });
    await tx.flush();
    recordCreatedSources(tx, viewer, created.values());
    for (const statistic of statistics) {
      recordRevision(tx, viewer, {
        entityType: 'CountryStatistic',
        entityId: statistic.id,
        action: RevisionAction.CREATE,
        before: null,
        after: statisticState(statistic),
      });
    }
    return statistics;
  });
}
