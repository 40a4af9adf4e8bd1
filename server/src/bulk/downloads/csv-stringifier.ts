import { stringify, type Stringifier } from 'csv-stringify';

/**
 * The one way the server writes CSV: RFC 4180, CRLF line ends, a header row of `columns`.
 *
 * A cell a spreadsheet would evaluate as a formula (text beginning with `=`, `+`, `-`, `@`, a tab or
 * a carriage return, or the full-width `＝＋－＠`) is written with a single quote in front, as OWASP
 * advises against CSV injection: `=HYPERLINK(…)` arrives as the text `'=HYPERLINK(…)`. This is
 * csv-stringify's own `escape_formulas`; it leaves numbers alone, so a negative value given as a
 * number still reads as a number (give numbers as numbers, never as text).
 *
 * `quote_record_delimiter`: csv-stringify quotes a cell holding a lone line feed or carriage return
 * only when asked once the record delimiter is set; unquoted, a spreadsheet starts a new row there,
 * and a formula after the break would escape the check above.
 */
export function csvStringifier(columns: readonly string[]): Stringifier {
  return stringify({
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}
