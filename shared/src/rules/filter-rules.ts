/**
 * The rules of the API's list filters (`PracticeFilter`, `ProgramFilter`, `OutcomeFilter`, the
 * downloads' query parameters), as plain checks: each returns the problem (its code, values and English message) to report at the filter
 * field, or null. Wider than a record's rules on purpose: a filter may ask about years no record
 * has yet, and a country that is not a member state simply matches nothing.
 */
import { FIRST_YEAR, ISO_ALPHA2 } from './formats.js';
import { problem, type Problem } from './problems.js';

export const FILTER_TEXT_MAX_LENGTH = 200;
export const FILTER_LIST_MAX_LENGTH = 50;
/** The last year a filter may name (the first is FIRST_YEAR, as for records). */
export const FILTER_LAST_YEAR = 2100;

/** A country code as people type it (` id`, `Ph`), in the form codes are stored: trimmed, upper case. */
export function normalCountryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** A filter's country code, once normalised: two capital letters. */
export function filterCountryCodeProblem(code: string): Problem | null {
  return ISO_ALPHA2.test(code) ? null : problem('FILTER_COUNTRY_CODE', { code });
}

export function filterYearProblem(year: number): Problem | null {
  return year < FIRST_YEAR || year > FILTER_LAST_YEAR
    ? problem('FILTER_YEAR_RANGE', { min: FIRST_YEAR, max: FILTER_LAST_YEAR, year })
    : null;
}

/** A filter's years in order, reported on `yearTo`. */
export function yearRangeProblem(
  yearFrom: number | null | undefined,
  yearTo: number | null | undefined,
): Problem | null {
  return yearFrom != null && yearTo != null && yearFrom > yearTo
    ? problem('YEAR_TO_BEFORE_YEAR_FROM', { yearFrom })
    : null;
}

export function filterTextProblem(text: string | null | undefined): Problem | null {
  return (text?.length ?? 0) > FILTER_TEXT_MAX_LENGTH ? problem('TOO_LONG', { max: FILTER_TEXT_MAX_LENGTH }) : null;
}

export function filterListProblem(values: readonly unknown[]): Problem | null {
  return values.length > FILTER_LIST_MAX_LENGTH
    ? problem('TOO_MANY', { max: FILTER_LIST_MAX_LENGTH, items: 'values' })
    : null;
}
