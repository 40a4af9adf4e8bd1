import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  choices,
  citations,
  countryCode,
  inOrder,
  key,
  list,
  orEmpty,
  partialDate,
  text,
  webAddress,
  year,
} from './field-rules';
import { lastYear } from './formats';

/** The messages a person would read for `value`, or the parsed value when it passes. */
function check(schema: z.ZodMiniType, value: unknown): { ok: unknown } | { messages: string[] } {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : { messages: result.error.issues.map((issue) => issue.message) };
}

describe('text', () => {
  it('trims, and refuses empty text', () => {
    expect(check(text(20), '  Desmigratif \n')).toEqual({ ok: 'Desmigratif' });
    expect(check(text(10), '   ')).toEqual({ messages: ['required'] });
    expect(check(text(10), undefined)).toEqual({ messages: ['required'] });
  });

  it('caps the length', () => {
    expect(check(text(300), 'x'.repeat(200_000))).toEqual({ messages: ['at most 300 characters'] });
    expect(check(text(300), 'x'.repeat(300))).toEqual({ ok: 'x'.repeat(300) });
  });

  it('refuses NUL and other control characters, keeps tabs and line breaks', () => {
    const message = 'contains hidden control characters: type it again, or paste it as plain text';
    expect(check(text(100), 'Balik\u0000Pinay')).toEqual({ messages: [message] });
    expect(check(text(100), 'bell\u0007')).toEqual({ messages: [message] });
    expect(check(text(100), 'one\ttwo\r\nthree')).toEqual({ ok: 'one\ttwo\r\nthree' });
  });
});

describe('countryCode', () => {
  it('asks for a country when none was chosen, and for a code when it is not one', () => {
    expect(check(countryCode, 'PH')).toEqual({ ok: 'PH' });
    expect(check(countryCode, '')).toEqual({ messages: ['choose a country'] });
    expect(check(countryCode, undefined)).toEqual({ messages: ['choose a country'] });
    expect(check(countryCode, 'Indonesia')).toEqual({
      messages: ['must be a country code of two capital letters, such as ID or PH'],
    });
    expect(check(countryCode, 'ph')).toMatchObject({ messages: [expect.stringContaining('two capital letters')] });
  });
});

describe('year', () => {
  const message = `must be a year from 1900 to ${lastYear()}`;
  it('takes plausible years, in words when not', () => {
    expect(check(year, 2019)).toEqual({ ok: 2019 });
    for (const bad of [1850, 2099, lastYear() + 1, 2019.5, Number.NaN, '2019', null]) {
      expect(check(year, bad), String(bad)).toEqual({ messages: [message] });
    }
  });
});

describe('partialDate', () => {
  it('takes a year, a month or a day that exists', () => {
    for (const date of ['2019', '2019-08', '2019-08-27', '2020-02-29'])
      expect(check(partialDate, date)).toEqual({ ok: date });
  });

  it('says what is wrong with an impossible or malformed date', () => {
    expect(check(partialDate, '2019-13-45')).toEqual({ messages: ['2019-13-45 is not a day on the calendar'] });
    expect(check(partialDate, '2019-02-30')).toEqual({ messages: ['2019-02-30 is not a day on the calendar'] });
    expect(check(partialDate, '27 August 2019')).toEqual({
      messages: ['must be a date written 2019, 2019-08 or 2019-08-27'],
    });
    expect(check(partialDate, '1850-01-01')).toEqual({ messages: [`must be a date from 1900 to ${lastYear()}`] });
    expect(check(partialDate, '')).toEqual({ messages: ['required'] });
  });
});

describe('webAddress', () => {
  it('takes http and https addresses only', () => {
    expect(check(webAddress, ' https://example.org/report ')).toEqual({ ok: 'https://example.org/report' });
    const message = 'must be a web address starting with http:// or https://';
    expect(check(webAddress, 'javascript:alert(document.cookie)')).toEqual({ messages: [message] });
    expect(check(webAddress, 'data:text/html;base64,PHNjcmlwdD4=')).toEqual({ messages: [message] });
    expect(check(webAddress, '  ')).toEqual({ messages: ['required'] });
  });

  it('caps the length', () => {
    expect(check(webAddress, `https://example.org/${'a'.repeat(2000)}`)).toEqual({
      messages: ['at most 2000 characters'],
    });
  });
});

describe('key', () => {
  it('is a lowercase slug of at most 100 characters', () => {
    expect(check(key, 'desa-migran-produktif-2')).toEqual({ ok: 'desa-migran-produktif-2' });
    expect(check(key, 'Desmigratif')).toMatchObject({ messages: [expect.stringContaining('lowercase')] });
    expect(check(key, 'a'.repeat(101))).toEqual({ messages: ['at most 100 characters'] });
  });
});

describe('lists', () => {
  it('caps a list, naming what it holds', () => {
    expect(check(list(text(10), 2, 'partners'), ['a', 'b', 'c'])).toEqual({ messages: ['at most 2 partners'] });
  });

  it('reads a list left out, or null, as empty', () => {
    const record = z.object({ partners: orEmpty(list(text(10), 2, 'partners')) });
    expect(check(record, {})).toEqual({ ok: { partners: [] } });
    expect(check(record, { partners: null })).toEqual({ ok: { partners: [] } });
    expect(check(record, { partners: [' ILO '] })).toEqual({ ok: { partners: ['ILO'] } });
  });

  it('needs at least one citation and at most 30', () => {
    expect(check(citations(key), [])).toEqual({ messages: ['cite at least one source'] });
    expect(
      check(
        citations(key),
        Array.from({ length: 31 }, (_, i) => `s${i}`),
      ),
    ).toEqual({
      messages: ['at most 30 sources'],
    });
  });

  it('takes each choice of a vocabulary once', () => {
    const Colour = { RED: 'RED', BLUE: 'BLUE' } as const;
    expect(check(choices(Colour), ['RED', 'RED'])).toEqual({ ok: ['RED'] });
    expect(check(choices(Colour, { atLeastOne: true }), [])).toEqual({ messages: ['choose at least one'] });
    expect(check(choices(Colour), ['RED', 'BLUE', 'RED'])).toEqual({ messages: ['at most 2 choices'] });
  });
});

describe('inOrder', () => {
  const period = z
    .object({ startYear: z.optional(year), endYear: z.optional(year) })
    .check(inOrder('startYear', 'endYear', 'END_BEFORE_START_YEAR'));
  const dates = z
    .object({ startDate: partialDate, endDate: z.optional(partialDate) })
    .check(inOrder('startDate', 'endDate', 'END_BEFORE_START_DATE'));

  it('reports an end before its start on the end', () => {
    expect(period.safeParse({ startYear: 2020, endYear: 2019 }).error?.issues).toMatchObject([
      { path: ['endYear'], message: 'must not be before the start year' },
    ]);
    expect(check(period, { startYear: 2019, endYear: 2019 })).toEqual({ ok: { startYear: 2019, endYear: 2019 } });
    expect(check(period, { endYear: 2019 })).toEqual({ ok: { endYear: 2019 } });
    expect(check(dates, { startDate: '2019-08-27', endDate: '2019-08' })).toMatchObject({ ok: {} });
    expect(check(dates, { startDate: '2019-08-27', endDate: '2019-08-26' })).toEqual({
      messages: ['must not be before the start date'],
    });
  });
});
