import { sexStyle } from '../charts/palette';
import { rankedSeries, type Series } from '../charts/series';
import type { SourceLike } from '../components/SourceLinks';
import type { NamedIndicator } from './indicator-text';

/**
 * One figure with its source: a country statistic or a programme outcome. Both pages group them
 * per indicator, mark the figures whose sources disagree, and turn them into chart series.
 */
export interface Figure {
  indicator: NamedIndicator;
  year: number;
  value: number;
  sex: 'TOTAL' | 'FEMALE' | 'MALE';
  note: string | null;
  source: SourceLike;
  /** False when the source does not state the year the figure describes: `year` is then its year of publication. */
  yearStated?: boolean;
  /** The breakdown: the destination country (ISO code) and the programme phase the figure is about. */
  destination?: string | null;
  phase?: string | null;
}

/** What tells apart figures of one indicator, year and sex: their breakdown (`KR`, `TRIANGLE I`). */
export function breakdownKey(figure: Figure): string {
  return `${figure.destination ?? ''}|${figure.phase ?? ''}`;
}

/** Whether any figure carries a breakdown (then tables and charts name it). */
export const hasBreakdown = (figure: Figure) => Boolean(figure.destination || figure.phase);

export interface IndicatorFigures<F extends Figure> {
  indicator: F['indicator'];
  figures: F[];
  /** How many different years (stated by the sources) the indicator has figures for; at least 1. */
  yearCount: number;
}

/** The figures per indicator, in the order the indicators first appear; each indicator's figures by year. */
export function byIndicator<F extends Figure>(figures: readonly F[]): IndicatorFigures<F>[] {
  const groups = new Map<string, F[]>();
  for (const figure of figures) {
    const group = groups.get(figure.indicator.code);
    if (group) group.push(figure);
    else groups.set(figure.indicator.code, [figure]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => a.year - b.year);
    return {
      indicator: sorted[0]!.indicator,
      figures: sorted,
      // A year the source does not state puts no point on a time axis.
      yearCount: Math.max(1, new Set(sorted.filter((f) => f.yearStated !== false).map((f) => f.year)).size),
    };
  });
}

const key = (figure: Figure) =>
  `${figure.indicator.code}|${figure.year}|${figure.yearStated !== false}|${figure.sex}|${breakdownKey(figure)}`;

/**
 * The figures that another source contradicts: same indicator, year, sex and breakdown, a different
 * value from a different source. (Two values from one source are parts of a whole; two destinations
 * or two phases are two figures, never a disagreement.)
 */
export function disagreeingFigures<F extends Figure>(figures: readonly F[]): Set<F> {
  const groups = new Map<string, F[]>();
  for (const figure of figures) groups.set(key(figure), [...(groups.get(key(figure)) ?? []), figure]);
  const result = new Set<F>();
  for (const group of groups.values()) {
    for (const figure of group) {
      if (group.some((other) => other.source.url !== figure.source.url && other.value !== figure.value)) {
        result.add(figure);
      }
    }
  }
  return result;
}

/**
 * A series' name in the page's language: the sex's, then which of its figures ("Total, second
 * figure") from rank 1, and its breakdown where it has one ("Total, to Korea").
 */
export type SeriesName = (sex: Figure['sex'], rank: number, breakdown: Figure | null) => string;

/**
 * Chart series for one indicator's figures: one per sex and breakdown (a line per destination or
 * phase). Where a year has several figures for one line (sources that disagree, or parts reported
 * separately), the first stays on the line and the others go to extra series ("Total, second
 * figure"), so no value is hidden; the chart's table gives each value with its source and note. Each
 * sex has its colour and marker in every chart; its other lines are dashed. A figure whose described
 * year the source does not state is left off the time axis (its table row says so).
 */
export function toSeries(figures: readonly Figure[], seriesName: SeriesName): Series[] {
  const sexOrder: Figure['sex'][] = ['TOTAL', 'FEMALE', 'MALE'];
  const dated = figures.filter((f) => f.yearStated !== false);
  const series: Series[] = [];
  for (const sex of sexOrder) {
    const lines = new Map<string, Figure[]>();
    for (const figure of dated.filter((f) => f.sex === sex)) {
      lines.set(breakdownKey(figure), [...(lines.get(breakdownKey(figure)) ?? []), figure]);
    }
    let offset = 0;
    for (const line of [...lines.values()].sort((a, b) => compareText(breakdownKey(a[0]!), breakdownKey(b[0]!)))) {
      const breakdown = hasBreakdown(line[0]!) ? line[0]! : null;
      const ranked = rankedSeries(line, (rank) => ({
        name: seriesName(sex, rank, breakdown),
        style: sexStyle(sex, offset + rank),
      }));
      offset += ranked.length;
      series.push(...ranked);
    }
  }
  return series;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
