/**
 * The formats of the Atlas's fields as plain checks, without a schema library: the parts the rules
 * of field-rules.ts are made of, and what a page may test a value against without loading zod
 * (exported from `@atlas/shared` as well as `@atlas/shared/rules`).
 */

/** ISO 3166-1 alpha-2 country code: `ID`, `PH`. */
export const ISO_ALPHA2 = /^[A-Z]{2}$/;
/** ISO 3166-1 alpha-3 country code: `IDN`, `PHL`. */
export const ISO_ALPHA3 = /^[A-Z]{3}$/;
/** ISO 639-1 language code: `en`, `id`. */
export const ISO_LANGUAGE = /^[a-z]{2}$/;
/** A record's key, as made from its name (`desmigratif`, `nrco-2`). */
export const KEY = /^[a-z0-9][a-z0-9-]*$/;
export const KEY_MAX_LENGTH = 100;
/** An indicator's code: `RETURNEES_TRAINED`. */
export const INDICATOR_CODE = /^[A-Z][A-Z0-9_]*$/;
export const INDICATOR_CODE_MAX_LENGTH = 60;

/**
 * Characters no one types on purpose: control characters other than tab, line feed and carriage
 * return (C0 with NUL, DEL, C1), and half of a broken surrogate pair. A NUL fails the SQL drivers;
 * the others hide text from readers and reviewers.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN_CHARACTER.test(text);
}

/** Plausible years: the Atlas's records begin in the 20th century; programmes are planned and targets set a few years ahead. */
export const FIRST_YEAR = 1900;
export const YEARS_AHEAD = 5;

/** The last plausible year: this year plus YEARS_AHEAD (so the range moves on by itself each January). */
export function lastYear(now = new Date()): number {
  return now.getUTCFullYear() + YEARS_AHEAD;
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= lastYear();
}

/** `2019`, `2019-08` or `2019-08-27`: an ISO 8601 date as precise as its source. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date whose month and day exist: `2019-02-29` and `2019-13` do not, `2020-02-29` does. */
export function isCalendarDate(date: string): boolean {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a partial date can be after or on another, compared at the precision both have: `2019`
 * is not before `2019-08-27`, `2019-07` is before `2019-08-27`.
 */
export function isNotBefore(date: string, start: string): boolean {
  const precision = Math.min(date.length, start.length);
  return date.slice(0, precision) >= start.slice(0, precision);
}

export const WEB_ADDRESS_MAX_LENGTH = 2000;
/** The WHATWG URL parser, global in browsers and Node (this package compiles without either's types). */
declare const URL: new (address: string) => { protocol: string; hostname: string };
/** A domain name with a top-level domain, as the URL parser gives it (lowercase, international names as punycode). */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * An http or https address of a named host (`https://example.org/report.pdf`): never `javascript:`,
 * `data:` or any other scheme, and nothing the URL parser would quietly drop (spaces, tabs, line
 * breaks, control characters).
 */
export function isWebAddress(address: string): boolean {
  if (!/^https?:\/\/[^\s\p{Cc}]+$/iu.test(address)) return false;
  let url: { protocol: string; hostname: string };
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && HOST_NAME.test(url.hostname);
}
