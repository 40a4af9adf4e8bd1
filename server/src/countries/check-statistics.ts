import type { Viewer } from '../access/viewer';
import { labelOf, sexes, Sex } from '@atlas/shared';
import { INDICATOR_CODE, valueProblem } from '@atlas/shared/rules';
import type { EntityManager } from '@mikro-orm/knex';
import type { InputProblems } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { isStoredSource, resolveSourceReferences, type CitedSource } from '../sources/source-reference';
import { CountryStatistic } from './country-statistic.entity';
import type { CountryStatisticInput } from './country-statistic.input';
import type { Country } from './country.entity';

/** A figure as the input gives it, and where it stands in the input (`rows[2]`, `input`). */
export interface StatisticRow {
  path: string;
  input: Partial<CountryStatisticInput>;
}

/** What the rows refer to: indicators by code, and each row's source (undefined where it is missing). */
export interface StatisticReferences {
  indicators: Map<string, Indicator>;
  sources: (CitedSource | undefined)[];
}

/**
 * The checks of a country's figures that need the database, adding each problem at its path, so
 * that they are reported in one round with the format problems (which the schema reports; these
 * read the raw input and leave malformed values to it): the indicator exists, the value fits its
 * unit, the source exists (or is new), and no row adds a figure its own source already gives for
 * the same indicator, year and sex — that is a correction of the stored figure. A figure from
 * another source that disagrees is welcome: both are kept, each with its source.
 * `except`: the statistic being corrected, which does not count as a repeat of itself.
 */
export async function checkStatistics(
  em: EntityManager,
  viewer: Viewer,
  country: Country,
  rows: readonly StatisticRow[],
  problems: InputProblems,
  except?: CountryStatistic,
): Promise<StatisticReferences> {
  const codes = [
    ...new Set(rows.flatMap(({ input }) => (typeof input.indicatorCode === 'string' ? [input.indicatorCode] : []))),
  ];
  const indicators = new Map(
    (codes.length ? await em.find(Indicator, { code: { $in: codes } }) : []).map((indicator) => [
      indicator.code,
      indicator,
    ]),
  );
  const sources = await resolveSourceReferences(
    em,
    viewer,
    rows.map(({ path, input }) => ({ path: `${path}.source`, reference: input.source })),
    problems,
  );
  const stored = await em.find(CountryStatistic, { country }, { populate: ['source'] });
  const given = new Map<string, string>();
  for (const statistic of stored) {
    if (statistic.id === except?.id) continue;
    given.set(figureKey(statistic.indicator.id, statistic.year, statistic.sex, statistic.source.getEntity()), 'stored');
  }

  rows.forEach(({ path, input }, i) => {
    const code = input.indicatorCode;
    const indicator = typeof code === 'string' ? indicators.get(code) : undefined;
    if (typeof code === 'string' && INDICATOR_CODE.test(code) && !indicator) {
      problems.add(`${path}.indicatorCode`, 'no indicator has this code');
    }
    if (indicator && typeof input.value === 'number') {
      problems.addIf(`${path}.value`, valueProblem(input.value, indicator.unit));
    }

    const source = sources[i];
    if (!indicator || typeof input.year !== 'number' || !source) return;
    const sex = input.sex ?? Sex.TOTAL;
    const key = figureKey(indicator.id, input.year, sex, source);
    const earlier = given.get(key);
    if (earlier === 'stored') {
      problems.add(
        `${path}.source`,
        `this source already gives ${country.name}’s ${indicator.name.toLowerCase()} in ${input.year}${sexWords(sex)}: correct that figure instead of adding a second one`,
      );
    } else if (earlier) {
      problems.add(`${path}.source`, `${earlier} gives the same figure from the same source`);
    } else {
      given.set(key, `row ${i + 1}`);
    }
  });
  return { indicators, sources };
}

/** The same figure from the same source: indicator, year, sex, and the stored source (or the new one, by identity). */
function figureKey(indicatorId: number, year: number, sex: string, source: CitedSource): string {
  const by = isStoredSource(source) ? `source ${source.id}` : `new ${source.url}`;
  return `${indicatorId}|${year}|${sex}|${by}`;
}

function sexWords(sex: `${Sex}`): string {
  return sex === Sex.TOTAL ? '' : ` (${labelOf(sexes, sex as Sex).toLowerCase()})`;
}
