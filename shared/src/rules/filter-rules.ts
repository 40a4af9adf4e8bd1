/**
 * The rules of the API's list filters (`PracticeFilter`, `ProgramFilter`, `OutcomeFilter`, the
 * downloads' query parameters), as plain checks: each returns the problem to report at the filter
 * field, or null. Wider than a record's rules on purpose: a filter may ask about years no record
 * has yet, and a country that is not a member state simply matches nothing.
 */
import { FIRST_YEAR, ISO_ALPHA2 } from './formats.js';

export const FILTER_TEXT_MAX_LENGTH = 200;
export const FILTER_LIST_MAX_LENGTH = 50;
/** The last year a filter may name (the first is FIRST_YEAR, as for records). */
export const FILTER_LAST_YEAR = 2100;

/** A country code as people type it (` id`, `Ph`), in the form codes are stored: trimmed, upper case. */
export function normalCountryCode(code: string): string {
  return code.trim().toUpperCase();
}

/** A filter's country code, once normalised: two capital letters. */
export function filterCountryCodeProblem(code: string): string | null {
  return ISO_ALPHA2.test(code) ? null : `"${code}" is not an ISO 3166-1 alpha-2 code`;
}

export function filterYearProblem(year: number): string | null {
  return year < FIRST_YEAR || year > FILTER_LAST_YEAR
    ? `must be a year between ${FIRST_YEAR} and ${FILTER_LAST_YEAR}, got ${year}`
    : null;
}

/** A filter's years in order, reported on `yearTo`. */
export function yearRangeProblem(
  yearFrom: number | null | undefined,
  yearTo: number | null | undefined,
): string | null {
  return yearFrom != null && yearTo != null && yearFrom > yearTo ? `must not be before yearFrom (${yearFrom})` : null;
}

export function filterTextProblem(text: string | null | undefined): string | null {
  return (text?.length ?? 0) > FILTER_TEXT_MAX_LENGTH ? `at most ${FILTER_TEXT_MAX_LENGTH} characters` : null;
}

export function filterListProblem(values: readonly unknown[]): string | null {
  return values.length > FILTER_LIST_MAX_LENGTH ? `at most ${FILTER_LIST_MAX_LENGTH} values` : null;
}
