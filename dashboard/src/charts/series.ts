import type { SeriesStyle } from './palette';

/** One figure on a chart, with the source it comes from. */
export interface SeriesPoint {
  year: number;
  value: number;
  sourceTitle: string;
  sourceUrl: string;
  note?: string | null;
}

/** A figure with its source, as a point on a chart. */
export function seriesPoint(figure: {
  year: number;
  value: number;
  note?: string | null;
  source: { title: string; url: string };
}): SeriesPoint {
  return {
    year: figure.year,
    value: figure.value,
    sourceTitle: figure.source.title,
    sourceUrl: figure.source.url,
    note: figure.note,
  };
}

/** A line on a chart: one country, programme or disaggregation. */
export interface Series {
  name: string;
  /** Its colour, marker and dash: those of its member state or sex, the same in every chart. */
  style: SeriesStyle;
  points: SeriesPoint[];
}

/**
 * The figures of one line as series by rank: where a year has several figures (sources that
 * disagree, parts reported separately), the first stays on the line and the others go to extra
 * series, so no value is hidden. `line(rank)` names and styles each series as it is first needed.
 */
export function rankedSeries(
  figures: readonly Parameters<typeof seriesPoint>[0][],
  line: (rank: number) => Omit<Series, 'points'>,
): Series[] {
  const ranks: Series[] = [];
  const seen = new Map<number, number>();
  for (const figure of [...figures].sort((a, b) => a.year - b.year)) {
    const rank = seen.get(figure.year) ?? 0;
    seen.set(figure.year, rank + 1);
    ranks[rank] ??= { ...line(rank), points: [] };
    ranks[rank].points.push(seriesPoint(figure));
  }
  return ranks;
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
