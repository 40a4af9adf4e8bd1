import type { Highlight, IndicatorFigures } from './queries';

/** The latest figure of each highlight indicator (the first one given for that year), in the given order. */
export function latestHighlights(nodes: readonly Highlight[], order: readonly string[]): Highlight[] {
  const result: Highlight[] = [];
  for (const code of order) {
    const ofIndicator = nodes.filter((node) => node.indicator.code === code && node.sex === 'TOTAL');
    const latest = ofIndicator.reduce<Highlight | null>(
      (best, node) => (best === null || node.year > best.year ? node : best),
      null,
    );
    if (latest) result.push(latest);
  }
  return result;
}

export type YearFigure = IndicatorFigures['values'][number];

/**
 * The year most member states have a figure for (the latest of equals), and each country's figure
 * for that year (its first, if several), largest first.
 */
export function commonYearFigures(figures: IndicatorFigures): { year: number; values: YearFigure[] } | null {
  const totals = figures.values.filter((value) => value.sex === 'TOTAL');
  const countriesPerYear = new Map<number, Set<string>>();
  for (const value of totals) {
    countriesPerYear.set(value.year, (countriesPerYear.get(value.year) ?? new Set()).add(value.country.code));
  }
  let year: number | null = null;
  for (const [candidate, countries] of countriesPerYear) {
    const best = year === null ? 0 : countriesPerYear.get(year)!.size;
    if (countries.size > best || (countries.size === best && year !== null && candidate > year)) year = candidate;
  }
  if (year === null) return null;
  const values: YearFigure[] = [];
  for (const value of totals) {
    if (value.year === year && !values.some((v) => v.country.code === value.country.code)) values.push(value);
  }
  values.sort((a, b) => b.value - a.value);
  return { year, values };
}
