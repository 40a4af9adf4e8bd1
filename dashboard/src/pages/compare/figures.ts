import { Dimension, sexes, Theme } from '@atlas/shared';
import type { IntlShape } from 'react-intl';
import { memberStateStyle } from '../../charts/palette';
import { rankedSeries, type Series } from '../../charts/series';
import { countryName } from '../../components/country-name';
import { vocabularyText } from '../../components/Vocabulary';
import type { CsvCoverageCell, CsvFigure } from './compare-csv';
import type { ComparedCountry, ComparedValue, Comparison, IndicatorComparison } from './queries';

/** How many of the given countries have a figure on an indicator. */
export function countriesWithFigures(comparison: IndicatorComparison): Set<string> {
  return new Set(comparison.values.map((value) => value.country.code));
}

export interface SingleCountryFigure {
  indicator: IndicatorComparison['indicator'];
  value: ComparedValue;
}

/**
 * Indicators with figures for at least two of the countries (drawn on one shared axis, most
 * countries first), and the figures of indicators only one country reports, per country.
 */
export function splitIndicators(
  indicators: readonly IndicatorComparison[],
  codes: readonly string[],
): { shared: IndicatorComparison[]; single: Map<string, SingleCountryFigure[]> } {
  const shared: IndicatorComparison[] = [];
  const single = new Map<string, SingleCountryFigure[]>(codes.map((code) => [code, []]));
  for (const comparison of indicators) {
    const countries = countriesWithFigures(comparison);
    if (countries.size >= 2) {
      shared.push(comparison);
      continue;
    }
    for (const value of comparison.values) {
      const list = single.get(value.country.code) ?? [];
      list.push({ indicator: comparison.indicator, value });
      single.set(value.country.code, list);
    }
  }
  shared.sort(
    (a, b) =>
      countriesWithFigures(b).size - countriesWithFigures(a).size || a.indicator.name.localeCompare(b.indicator.name),
  );
  for (const list of single.values()) list.sort((a, b) => a.value.year - b.value.year);
  return { shared, single };
}

export function programLabel(program: { name: string; acronym?: string | null }): string {
  return program.acronym && program.acronym !== program.name ? `${program.name} (${program.acronym})` : program.name;
}

/**
 * One indicator's figures as chart series on one shared axis: one series per country, in the order
 * of the comparison. Where a country's figures come from several programmes (or a programme and a
 * national statistic) or are disaggregated by sex, each gets its own series, named after the country;
 * where a year has several figures for one series (sources that disagree), the others go to extra
 * series ("…, second figure"), so no value is hidden. The chart's table gives every value's source.
 * Every series of a country has the country's colour and marker; its second, third… are dashed.
 * Names are in `intl`'s language.
 */
export function comparisonSeries(
  intl: IntlShape,
  comparison: IndicatorComparison,
  countries: readonly ComparedCountry[],
): Series[] {
  const { labelOf } = vocabularyText(intl);
  const series: Series[] = [];
  for (const country of countries) {
    let variant = 0;
    const values = comparison.values.filter((value) => value.country.code === country.code);
    if (values.length === 0) continue;
    const groupKey = (value: ComparedValue) => `${value.program?.id ?? 'statistic'}|${value.sex}`;
    const groups = new Map<string, ComparedValue[]>();
    for (const value of values) groups.set(groupKey(value), [...(groups.get(groupKey(value)) ?? []), value]);
    const sources = new Set(values.map((value) => value.program?.id ?? 'statistic'));
    for (const group of groups.values()) {
      const first = group[0]!;
      const qualifiers: string[] = [];
      if (sources.size > 1) {
        qualifiers.push(
          first.program
            ? (first.program.acronym ?? first.program.name)
            : intl.formatMessage({ id: 'compare.series.nationalStatistic' }),
        );
      }
      if (first.sex !== 'TOTAL') qualifiers.push(labelOf(sexes, first.sex).toLocaleLowerCase(intl.locale));
      const named = countryName(intl, country);
      const name = qualifiers.length > 0 ? `${named} (${qualifiers.join(', ')})` : named;
      series.push(
        ...rankedSeries(group, (rank) => ({
          name: rank === 0 ? name : intl.formatMessage({ id: 'compare.series.extraFigure' }, { name, rank: rank + 1 }),
          style: memberStateStyle(country.code, variant++),
        })),
      );
    }
  }
  return series;
}

/** Every figure of the comparison, for the CSV, countries named in `intl`'s language. */
export function csvFigures(intl: IntlShape, comparison: Comparison): CsvFigure[] {
  return comparison.indicators.flatMap(({ indicator, values }) =>
    values.map((value) => ({
      countryCode: value.country.code,
      countryName: countryName(intl, value.country),
      indicatorCode: indicator.code,
      indicatorName: indicator.name,
      unit: indicator.unit,
      year: value.year,
      value: value.value,
      sex: value.sex,
      kind: value.kind,
      programName: value.program?.name ?? null,
      note: value.note ?? null,
      sourceTitle: value.source.title,
      sourceUrl: value.source.url,
    })),
  );
}

/** The practice count of one cell of the coverage matrix (0 where the API leaves the cell out). */
export function coverageCount(comparison: Comparison, code: string, dimension: string, theme: string): number {
  return (
    comparison.coverage.find(
      (cell) => cell.country.code === code && cell.dimension === dimension && cell.theme === theme,
    )?.practiceCount ?? 0
  );
}

/** The whole coverage matrix for the CSV: every dimension × theme × country, zeros included. */
export function csvCoverage(intl: IntlShape, comparison: Comparison): CsvCoverageCell[] {
  const cells: CsvCoverageCell[] = [];
  for (const dimension of Object.values(Dimension)) {
    for (const theme of Object.values(Theme)) {
      for (const country of comparison.countries) {
        cells.push({
          countryCode: country.code,
          countryName: countryName(intl, country),
          dimension,
          theme,
          practiceCount: coverageCount(comparison, country.code, dimension, theme),
        });
      }
    }
  }
  return cells;
}
