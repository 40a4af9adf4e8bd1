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

const EXACT = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A figure in full (`34,913,340,000`): tables, tooltips, text. */
export function formatValue(value: number): string {
  return EXACT.format(value);
}

/** A figure for an axis tick (`34.9B`): short enough for a phone, whatever the unit. */
export function formatTick(value: number): string {
  return COMPACT.format(value);
}

/** Rows of year → value per series, for a chart's data and its table alternative. */
export function byYear(series: readonly Series[]): { year: number; values: (SeriesPoint | undefined)[] }[] {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return years.map((year) => ({ year, values: series.map((s) => s.points.find((p) => p.year === year)) }));
}
