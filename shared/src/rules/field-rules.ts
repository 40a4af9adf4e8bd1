/**
 * The rules of the Atlas's fields, each written once, as zod schemas: the API's mutation inputs, the
 * import and the seed (server), and the dashboard's forms check with these. Each problem is one of
 * problems.ts, a code with its values and a message in the words of the secretariat officer who
 * reads it beside a field (`choose a country`, `must be a year from 1900 to 2031`), never a schema
 * library's.
 *
 * zod/mini, not zod: the same checks (the server composes these into its own zod schemas), at a
 * third of the bundle in the browser (≈7 KB gzip against ≈24 KB for a form's worth of rules).
 */
import * as z from 'zod/mini';
import {
  FIRST_YEAR,
  hasHiddenCharacters,
  INDICATOR_CODE,
  INDICATOR_CODE_MAX_LENGTH,
  isCalendarDate,
  isNotBefore,
  isPlausibleYear,
  ISO_ALPHA2,
  ISO_ALPHA3,
  ISO_LANGUAGE,
  isWebAddress,
  KEY,
  KEY_MAX_LENGTH,
  lastYear,
  PARTIAL_DATE,
  WEB_ADDRESS_MAX_LENGTH,
} from './formats.js';
import { MeasureKind } from '../vocabulary.js';
import { problemError, type ListItems, type ProblemCode } from './problems.js';

/** The message of a field left empty, and the rules' `error` parameter for it. */
export const REQUIRED = 'required';
export const required = problemError('REQUIRED');

/** Text a person wrote: trimmed, not empty, at most `max` characters, no hidden control characters. */
export function text(max: number) {
  return z.string(required).check(
    z.trim(),
    z.minLength(1, required),
    z.maxLength(max, problemError('TOO_LONG', { max })),
    z.refine((value) => !hasHiddenCharacters(value), problemError('HIDDEN_CHARACTERS')),
  );
}

/**
 * A text checked in turn: each group of checks only once the groups before it passed, so that a
 * field gets one message (an empty date is `required`, not also malformed). Piped (`z.pipe`) rather
 * than with zod's `abort`: an abort anywhere in a record also stops the record's own checks (an end
 * before its start), which would then be reported only in a second round.
 */
function inTurn(missing: ProblemCode, first: z.core.$ZodCheck<string>[], ...then: z.core.$ZodCheck<string>[][]) {
  return then.reduce<z.ZodMiniType<string, string>>(
    (checked, checks) => z.pipe(checked, z.string().check(...checks)),
    z.string(problemError(missing)).check(...first),
  );
}

/**
 * Something picked from a list (a member state, a source, an indicator): a form sends it empty when
 * nothing was picked, and `missing` says what to pick (`CHOOSE_COUNTRY`: `choose a country`).
 */
export function chosen(missing: ProblemCode, ...then: z.core.$ZodCheck<string>[][]) {
  return inTurn(missing, [z.refine((value) => value.trim() !== '', problemError(missing))], ...then);
}

/** One value of a vocabulary (an evidence level, a status); `missing` says what to choose when none was. */
export function choice<E extends Record<string, string>>(vocabulary: E, missing: ProblemCode) {
  return z.enum(vocabulary, problemError(missing));
}

/**
 * What a programme or practice is: one of the vocabulary's kinds, REINTEGRATION when none is given
 * (every record the Atlas held before kinds were recorded is one).
 */
export const measureKind = z.pipe(
  z.nullish(choice(MeasureKind, 'CHOOSE_KIND')),
  z.transform((kind: MeasureKind | null | undefined): MeasureKind => kind ?? MeasureKind.REINTEGRATION),
);

/** A member state, by ISO 3166-1 alpha-2 code; empty when none was chosen in a form. */
export const countryCode = chosen('CHOOSE_COUNTRY', [z.regex(ISO_ALPHA2, problemError('COUNTRY_CODE'))]);

export const iso3Code = z.string(required).check(z.regex(ISO_ALPHA3, problemError('COUNTRY_CODE_ISO3')));

export const languageCode = z.string(required).check(z.regex(ISO_LANGUAGE, problemError('LANGUAGE_CODE')));

/** A record's key (references between records of the seed and the import). */
export const key = z
  .string(required)
  .check(
    z.regex(KEY, problemError('KEY_FORMAT')),
    z.maxLength(KEY_MAX_LENGTH, problemError('TOO_LONG', { max: KEY_MAX_LENGTH })),
  );

export const indicatorCode = z
  .string(required)
  .check(
    z.regex(INDICATOR_CODE, problemError('INDICATOR_CODE_FORMAT')),
    z.maxLength(INDICATOR_CODE_MAX_LENGTH, problemError('TOO_LONG', { max: INDICATOR_CODE_MAX_LENGTH })),
  );

/** The plausible years, read when a value is checked (the last one moves with the calendar). */
const yearRange = () => ({ min: FIRST_YEAR, max: lastYear() });

/** A plausible year: FIRST_YEAR to this year plus YEARS_AHEAD (formats.ts). */
export const year = z
  .number(problemError('YEAR_RANGE', yearRange))
  .check(z.refine(isPlausibleYear, problemError('YEAR_RANGE', yearRange)));

/** `2019`, `2019-08` or `2019-08-27`, a day that exists on the calendar, in a plausible year. */
export const partialDate = inTurn(
  'REQUIRED',
  [z.minLength(1, required)],
  [z.regex(PARTIAL_DATE, problemError('DATE_FORMAT'))],
  [
    z.refine(
      isCalendarDate,
      problemError('NOT_A_DAY', (issue) => ({ date: String(issue.input) })),
    ),
  ],
  [z.refine((date) => isPlausibleYear(Number(date.slice(0, 4))), problemError('DATE_RANGE', yearRange))],
);

/** An http or https address (never `javascript:` or `data:`), trimmed. */
export const webAddress = inTurn(
  'REQUIRED',
  [z.trim(), z.minLength(1, required)],
  [
    z.maxLength(WEB_ADDRESS_MAX_LENGTH, problemError('TOO_LONG', { max: WEB_ADDRESS_MAX_LENGTH })),
    z.refine(isWebAddress, problemError('NOT_A_URL')),
  ],
);

/**
 * A figure's value as a number; whether it fits its indicator's unit (a percentage within 0–100, a
 * count a whole number) needs the indicator: `valueProblem` in units.ts, checked where it is known.
 */
export const figureValue = z.number({
  error: (issue) => (issue.input == null ? required : problemError('NOT_A_NUMBER')).error(issue),
});

/** At most `max` items (`items` names them in the message: `at most 50 partners`). */
export function list<T extends z.core.SomeType>(item: T, max: number, items: ListItems) {
  return z.array(item).check(z.maxLength(max, problemError('TOO_MANY', { max, items })));
}

/** A list that may be left out (absent or null), read as empty. */
export function orEmpty<T extends z.core.$ZodType<unknown[]>>(items: T) {
  return z.pipe(
    z.nullish(items),
    z.transform((values: z.output<T> | null | undefined): z.output<T> => values ?? ([] as z.output<T>)),
  );
}

/** The sources a record cites: at least one, at most MAX_CITATIONS. */
export const MAX_CITATIONS = 30;
export function citations<T extends z.core.SomeType>(item: T) {
  return list(item, MAX_CITATIONS, 'sources').check(z.minLength(1, problemError('NO_CITATION')));
}

/** Values of a vocabulary, each at most once (repeats are dropped); `atLeastOne` when it may not be empty. */
export function choices<E extends Record<string, string>>(vocabulary: E, { atLeastOne = false } = {}) {
  const size = Object.keys(vocabulary).length;
  const chosen = z
    .array(z.enum(vocabulary))
    .check(z.maxLength(size, problemError('TOO_MANY', { max: size, items: 'choices' })));
  return z.pipe(
    atLeastOne ? chosen.check(z.minLength(1, problemError('CHOOSE_AT_LEAST_ONE'))) : chosen,
    z.transform((values: E[keyof E][]) => [...new Set(values)]),
  );
}

/**
 * A record's period in order: `end` not before `start` (years, or partial dates compared at the
 * precision both have), reported on `end`. Checked even when other fields of the record have
 * problems (zod skips a record's checks then, by default), so that a form hears of every problem in
 * one round; a start or end that is itself wrong is left to its own rule.
 */
export function inOrder<K extends string>(start: K, end: K, problem: ProblemCode) {
  return z.refine<Partial<Record<K, unknown>>>(
    (record) => {
      const from = record[start];
      const to = record[end];
      if (typeof from === 'number' && typeof to === 'number') return to >= from;
      if (typeof from === 'string' && typeof to === 'string' && isCalendarDate(from) && isCalendarDate(to)) {
        return isNotBefore(to, from);
      }
      return true;
    },
    { path: [end], ...problemError(problem), when: ({ value }) => typeof value === 'object' && value !== null },
  );
}
