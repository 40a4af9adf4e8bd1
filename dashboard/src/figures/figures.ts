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
}

export interface IndicatorFigures<F extends Figure> {
  indicator: F['indicator'];
  figures: F[];
  /** How many different years the indicator has figures for. */
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
      yearCount: new Set(sorted.map((f) => f.year)).size,
    };
  });
}

const key = (figure: Figure) => `${figure.indicator.code}|${figure.year}|${figure.sex}`;

/**
 * The figures that another source contradicts: same indicator, year and sex, a different value from
 * a different source. (Two values from one source are parts of a whole, such as two destinations.)
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

/** A series' name in the page's language: the sex's, then which of its figures ("Total, second figure") from rank 1. */
export type SeriesName = (sex: Figure['sex'], rank: number) => string;

/**
 * Chart series for one indicator's figures: one per sex. Where a year has several figures for the
 * same sex (sources that disagree, or parts reported separately), the first stays on the sex's line
 * and the others go to extra series ("Total, second figure"), so no value is hidden; the chart's
 * table gives each value with its source and note. Each sex has its colour and marker in every chart;
 * its extra series are dashed.
 */
export function toSeries(figures: readonly Figure[], seriesName: SeriesName): Series[] {
  const sexOrder: Figure['sex'][] = ['TOTAL', 'FEMALE', 'MALE'];
  const series: Series[] = [];
  for (const sex of sexOrder) {
    const ofSex = figures.filter((f) => f.sex === sex);
    if (ofSex.length === 0) continue;
    series.push(...rankedSeries(ofSex, (rank) => ({ name: seriesName(sex, rank), style: sexStyle(sex, rank) })));
  }
  return series;
}
