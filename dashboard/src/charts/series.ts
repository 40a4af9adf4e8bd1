import type { SeriesStyle } from './palette';

/** One figure on a chart, with the source it comes from. */
export interface SeriesPoint {
  year: number;
  value: number;
  sourceTitle: string;
  sourceUrl: string;
  note?: string | null;
}

/** A line on a chart: one country, programme or disaggregation. */
export interface Series {
  name: string;
  /** Its colour, marker and dash: those of its member state or sex, the same in every chart. */
  style: SeriesStyle;
  points: SeriesPoint[];
}

export { formatTick, formatValue } from '../format';

/** Rows of year → value per series, for a chart's data and its table alternative. */
export function byYear(series: readonly Series[]): { year: number; values: (SeriesPoint | undefined)[] }[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => ({ year, values: series.map((s) => s.points.find((p) => p.year === year)) }));
}

/**
 * The chart's data: a row for every year from the first to the last, with each series' value or
 * null where it has no figure, so that a line stops at a year without data instead of running across
 * it (the chart draws with `connectNulls={false}`). Values are keyed by the series' index.
 */
export function chartRows(series: readonly Series[]): { year: number; values: (number | null)[] }[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return [];
  const rows = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    rows.push({ year, values: series.map((s) => s.points.find((p) => p.year === year)?.value ?? null) });
  }
  return rows;
}
