import Papa from 'papaparse';

/**
 * Text a spreadsheet would evaluate as a formula: beginning with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, or the full-width `＝＋－＠` (the set the server's csv-stringify escapes).
 * papaparse's own `escapeFormulae: true` misses a formula followed by a line break and the
 * full-width forms.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | null | undefined;

/**
 * The one way the dashboard writes CSV: RFC 4180, a header row of `columns` (each named by `header`,
 * in the page's language; by default as it is), CRLF after every line.
 * A cell with a comma, a quote or a line break is quoted. A text cell a spreadsheet would evaluate
 * is written with a single quote in front (OWASP's advice against CSV injection, by papaparse's
 * `escapeFormulae`): `=HYPERLINK(…)` arrives as the text `'=HYPERLINK(…)`. Numbers are left alone,
 * so a negative value given as a number still reads as a number (give numbers as numbers).
 */
export function toCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Partial<Record<C, CsvCell>>[],
  header: (column: C) => string = (column) => column,
): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? null));
  const csv = Papa.unparse({ fields: columns.map(header), data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  // papaparse ends the header with a line break when there are no rows, and the last row without one.
  return data.length ? `${csv}\r\n` : csv;
}
