import { Sex } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { z } from 'zod';
import { fromGlobalId } from '../graphql/global-id';
import { Indicator } from '../indicators/indicator.entity';
import { Source } from '../sources/source.entity';
import { CountryStatistic } from './country-statistic.entity';
import { Country } from './country.entity';

/** A statistic with what it refers to loaded, as the history records it. */
export function loadStatistic(em: EntityManager, id: number): Promise<CountryStatistic | null> {
  return em.findOne(CountryStatistic, { id }, { populate: ['country', 'indicator', 'source'] });
}

/**
 * The state the history keeps of a statistic: what it refers to by code and global ID rather than
 * by row id, so that a revision reads plainly ("Indicator code", "Source title") and restores even
 * into another database of the same Atlas. `countryCode` also finds a country's statistics' history.
 */
export function statisticState(statistic: CountryStatistic): Record<string, unknown> {
  const source = statistic.source.getEntity();
  return {
    countryCode: statistic.country.getEntity().code,
    indicatorCode: statistic.indicator.getEntity().code,
    year: statistic.year,
    value: statistic.value,
    sex: statistic.sex,
    note: statistic.note,
    yearStated: statistic.yearStated,
    destination: statistic.destination,
    phase: statistic.phase,
    sourceId: source.globalId,
    sourceTitle: source.title,
    version: statistic.version,
  };
}

/** A statistic's recorded state, as `restoreRevision` reads it back. */
export const statisticStateSchema = z.object({
  countryCode: z.string(),
  indicatorCode: z.string(),
  year: z.number().int(),
  value: z.number(),
  sex: z.enum(Sex),
  note: z.string().nullable(),
  yearStated: z.boolean().default(true),
  destination: z.string().nullable().default(null),
  phase: z.string().nullable().default(null),
  sourceId: z.string(),
});

export type StatisticState = z.infer<typeof statisticStateSchema>;

/** The records a recorded state refers to, or null when one of them no longer exists. */
export async function referencesOf(
  em: EntityManager,
  state: StatisticState,
): Promise<{ country: Country; indicator: Indicator; source: Source } | null> {
  const sourceId = fromGlobalId(state.sourceId);
  const [country, indicator, source] = await Promise.all([
    em.findOne(Country, { code: state.countryCode }),
    em.findOne(Indicator, { code: state.indicatorCode }),
    sourceId?.typeName === 'Source' ? em.findOne(Source, { id: sourceId.id }) : null,
  ]);
  return country && indicator && source ? { country, indicator, source } : null;
}
