import { toCsv } from '../../csv';

/**
 * The comparison as CSV (RFC 4180), built in the browser: one row per figure, then one row per
 * coverage cell (dimension × theme × country, zero counts included), told apart by a `section` column.
 */

/** One figure of the comparison, as the CSV needs it. */
export interface CsvFigure {
  countryCode: string;
  countryName: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  year: number;
  value: number;
  sex: string;
  kind: string;
  programName: string | null;
  note: string | null;
  sourceTitle: string;
  sourceUrl: string;
}

/** One cell of the coverage matrix for one country. */
export interface CsvCoverageCell {
  countryCode: string;
  countryName: string;
  dimension: string;
  theme: string;
  practiceCount: number;
}

export const CSV_COLUMNS = [
  'section',
  'country_code',
  'country',
  'indicator_code',
  'indicator',
  'unit',
  'year',
  'value',
  'sex',
  'kind',
  'programme',
  'note',
  'source_title',
  'source_url',
  'dimension',
  'theme',
  'practice_count',
] as const;

export type CompareCsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The whole file: a header line, the figures, then the coverage cells (see csv.ts for quoting and
 * formulas); `header` names the columns in the page's language (by default, by their names here).
 */
export function buildCompareCsv(
  figures: readonly CsvFigure[],
  coverage: readonly CsvCoverageCell[],
  header?: (column: CompareCsvColumn) => string,
): string {
  return toCsv(
    CSV_COLUMNS,
    [
      ...figures.map((figure) => ({
        section: 'figure',
        country_code: figure.countryCode,
        country: figure.countryName,
        indicator_code: figure.indicatorCode,
        indicator: figure.indicatorName,
        unit: figure.unit,
        year: figure.year,
        value: figure.value,
        sex: figure.sex,
        kind: figure.kind,
        programme: figure.programName,
        note: figure.note,
        source_title: figure.sourceTitle,
        source_url: figure.sourceUrl,
      })),
      ...coverage.map((cell) => ({
        section: 'coverage',
        country_code: cell.countryCode,
        country: cell.countryName,
        dimension: cell.dimension,
        theme: cell.theme,
        practice_count: cell.practiceCount,
      })),
    ],
    header,
  );
}

/** `atlas-compare-ID-PH-VN.csv`. */
export function compareCsvFileName(codes: readonly string[]): string {
  return `atlas-compare-${codes.join('-')}.csv`;
}
