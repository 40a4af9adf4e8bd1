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
  points: SeriesPoint[];
}

export { formatTick, formatValue } from '../format';

/** Rows of year → value per series, for a chart's data and its table alternative. */
export function byYear(series: readonly Series[]): { year: number; values: (SeriesPoint | undefined)[] }[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => ({ year, values: series.map((s) => s.points.find((p) => p.year === year)) }));
}
