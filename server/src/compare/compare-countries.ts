import { arrangeComparison, GeographicReach, normalCountryCode } from '@atlas/shared';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Dimension, Theme } from '@atlas/shared';
import { Country } from '../countries/country.entity';
import { readInOrder } from '../db/read-model';
import type { RelatedRecords } from '../db/related-records';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { PracticeStatus } from '@atlas/shared';
import { InputProblems } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { DIMENSIONS, THEMES } from '../vocabularies';
import {
  type ComparedValue,
  type CountryComparison,
  type CoverageCell,
  type DimensionTotal,
  MAX_COMPARED_OUTCOMES,
  ValueKind,
} from './country-comparison.type';

const MAX_COUNTRIES = 11;

/** Compares member states: a fixed number of statements whatever the countries and indicators. */
export async function compareCountries(
  em: EntityManager,
  related: RelatedRecords,
  codes: string[],
  indicatorCodes: string[] | null,
): Promise<CountryComparison> {
  const problems = new InputProblems();
  const wanted = [...new Set(codes.map(normalCountryCode))];
  if (wanted.length === 0 || wanted.length > MAX_COUNTRIES) {
    problems.add('codes', `give between 1 and ${MAX_COUNTRIES} country codes`);
  }
  problems.throwIfAny();
  const found = await em.find(Country, { code: { $in: wanted } });
  const unknown = wanted.filter((code) => !found.some((country) => country.code === code));
  if (unknown.length) problems.add('codes', `unknown country codes: ${unknown.join(', ')}`);
  if (indicatorCodes?.length === 0) {
    problems.add(
      'indicatorCodes',
      'give at least one indicator code, or leave indicatorCodes out to compare every indicator',
    );
  }
  const indicators = indicatorCodes?.length ? await em.find(Indicator, { code: { $in: indicatorCodes } }) : null;
  const unknownIndicators = indicatorCodes?.filter((code) => !indicators?.some((i) => i.code === code)) ?? [];
  if (unknownIndicators.length)
    problems.add('indicatorCodes', `unknown indicator codes: ${unknownIndicators.join(', ')}`);
  problems.throwIfAny();

  const countries = wanted.map((code) => found.find((country) => country.code === code)!);
  const countryIds = countries.map((country) => country.id);
  const indicatorWhere = indicators ? { indicator: { $in: indicators.map((i) => i.id) } } : {};
  const [outcomes, statistics, { coverage, dimensionTotals }] = await Promise.all([
    recentOutcomes(em, related, countryIds, indicators),
    em.find(
      CountryStatistic,
      { country: { $in: countryIds }, ...indicatorWhere },
      {
        populate: ['indicator', 'source'],
        orderBy: { year: 'asc', id: 'asc' },
      },
    ),
    practiceCoverage(em, countries),
  ]);

  const byIndicator = new Map<number, { indicator: Indicator; values: ComparedValue[] }>();
  const entry = (indicator: Indicator) => {
    let found = byIndicator.get(indicator.id);
    if (!found) byIndicator.set(indicator.id, (found = { indicator, values: [] }));
    return found;
  };
  indicators?.forEach(entry);
  const countryById = new Map(countries.map((country) => [country.id, country]));
  const outcomesTruncated = outcomes.length > MAX_COMPARED_OUTCOMES;
  // Back to oldest first (by year, then id), the order values are listed in.
  for (const { outcome, program, indicator, source } of outcomes.slice(0, MAX_COMPARED_OUTCOMES).reverse()) {
    entry(indicator).values.push({
      country: countryById.get(program.country.id)!,
      kind: ValueKind.OUTCOME,
      program,
      year: outcome.year,
      value: outcome.value,
      sex: outcome.sex,
      source,
      note: outcome.note,
    });
  }
  for (const statistic of statistics) {
    entry(statistic.indicator.getEntity()).values.push({
      country: countryById.get(statistic.country.id)!,
      kind: ValueKind.STATISTIC,
      program: null,
      year: statistic.year,
      value: statistic.value,
      sex: statistic.sex,
      source: statistic.source.getEntity(),
      note: statistic.note,
    });
  }
  // The same arrangement a snapshot applies to its comparison of every member state (shared/).
  const compared = arrangeComparison(
    { countries, indicators: [...byIndicator.values()], coverage, dimensionTotals },
    wanted,
  );
  return { ...compared, outcomesTruncated };
}

/**
 * The most recent outcomes of the countries' programmes (one more than kept, to know whether some
 * were left out), with their programme, indicator and source: read records, one statement each.
 */
async function recentOutcomes(
  em: EntityManager,
  related: RelatedRecords,
  countryIds: number[],
  indicators: Indicator[] | null,
) {
  const query = recentOutcomesQuery(em.getKnex(), countryIds, indicators?.map((indicator) => indicator.id) ?? null);
  const ids = (await em.execute<{ id: number | string }[]>(query)).map((row) => Number(row.id));
  const outcomes = await readInOrder(em, Outcome, ids);
  return Promise.all(
    outcomes.map(async (outcome) => ({
      outcome,
      program: (await related.one(ReintegrationProgram, outcome.program.id))!,
      indicator: (await related.one(Indicator, outcome.indicator.id))!,
      source: (await related.one(Source, outcome.source.id))!,
    })),
  );
}

/**
 * Ids of the countries' outcomes, newest first, one more than kept (outcome_year_id_index serves it).
 * Only of national programmes: an outcome of a programme of several states or the region measures
 * all of them, and filed under its lead state it would be that state's figure alone.
 */
export function recentOutcomesQuery(
  knex: Knex,
  countryIds: number[],
  indicatorIds: number[] | null,
): Knex.QueryBuilder {
  const query = knex
    .from({ o: 'outcome' })
    .join({ pr: 'program' }, 'pr.id', 'o.program_id')
    .whereIn('pr.country_id', countryIds)
    .where('pr.reach', GeographicReach.NATIONAL)
    .select('o.id')
    .orderBy([
      { column: 'o.year', order: 'desc' },
      { column: 'o.id', order: 'desc' },
    ])
    .limit(MAX_COMPARED_OUTCOMES + 1);
  if (indicatorIds) query.whereIn('o.indicator_id', indicatorIds);
  return query;
}

/**
 * One grouped statement: per country, practices having each dimension together with each theme (the
 * coverage cells, which overlap), and practices having each dimension (distinct, the totals).
 */
async function practiceCoverage(
  em: EntityManager,
  countries: Country[],
): Promise<{ coverage: CoverageCell[]; dimensionTotals: DimensionTotal[] }> {
  const knex = em.getKnex();
  const pairs = DIMENSIONS.flatMap((dimension, d) => THEMES.map((theme, t) => ({ dimension, theme, d, t })));
  const sums = [
    ...pairs.map(
      ({ d, t }) =>
        `sum(case when (dimensions & ${1 << d}) <> 0 and (themes & ${1 << t}) <> 0 then 1 else 0 end) as c_${d}_${t}`,
    ),
    ...DIMENSIONS.map((_, d) => `sum(case when (dimensions & ${1 << d}) <> 0 then 1 else 0 end) as d_${d}`),
  ];
  const rows = await em.execute<Record<string, number | string>[]>(
    knex
      .from('practice')
      .select('country_id', knex.raw(sums.join(', ')))
      .where('status', PracticeStatus.PUBLISHED)
      .whereIn(
        'country_id',
        countries.map((country) => country.id),
      )
      .groupBy('country_id'),
  );
  const rowOf = (country: Country) => rows.find((r) => Number(r.country_id) === country.id);
  const coverage = countries.flatMap((country) => {
    const row = rowOf(country);
    return pairs
      .map(({ dimension, theme, d, t }) => ({
        country,
        dimension: dimension as Dimension,
        theme: theme as Theme,
        practiceCount: Number(row?.[`c_${d}_${t}`] ?? 0),
      }))
      .filter((cell) => cell.practiceCount > 0);
  });
  const dimensionTotals = countries.flatMap((country) =>
    DIMENSIONS.map((dimension, d) => ({
      country,
      dimension: dimension as Dimension,
      practiceCount: Number(rowOf(country)?.[`d_${d}`] ?? 0),
    })),
  );
  return { coverage, dimensionTotals };
}
