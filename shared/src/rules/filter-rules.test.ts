import { expect, it } from 'vitest';
import {
  filterCountryCodeProblem,
  filterListProblem,
  filterTextProblem,
  filterYearProblem,
  normalCountryCode,
  yearRangeProblem,
} from './filter-rules';

it('reads a country code as typed, and takes two capital letters only', () => {
  expect(normalCountryCode(' id ')).toBe('ID');
  expect(filterCountryCodeProblem('ID')).toBeNull();
  expect(filterCountryCodeProblem('IDN')?.message).toBe('"IDN" is not an ISO 3166-1 alpha-2 code');
});

it('takes the years 1900 to 2100, in order', () => {
  expect([1900, 2100].map(filterYearProblem)).toEqual([null, null]);
  expect(filterYearProblem(1899)?.message).toBe('must be a year between 1900 and 2100, got 1899');
  expect(yearRangeProblem(2020, 2019)?.message).toBe('must not be before yearFrom (2020)');
  expect([yearRangeProblem(2019, 2019), yearRangeProblem(null, 2019), yearRangeProblem(2020, undefined)]).toEqual([
    null,
    null,
    null,
  ]);
});

it('caps the text at 200 characters and the lists at 50 values', () => {
  expect(filterTextProblem('a'.repeat(200))).toBeNull();
  expect(filterTextProblem('a'.repeat(201))?.message).toBe('at most 200 characters');
  expect(filterTextProblem(null)).toBeNull();
  expect(filterListProblem(Array(50).fill('ID'))).toBeNull();
  expect(filterListProblem(Array(51).fill('ID'))?.message).toBe('at most 50 values');
});

it('names each problem by its code, with its values', () => {
  expect(filterCountryCodeProblem('IDN')).toMatchObject({ code: 'FILTER_COUNTRY_CODE', values: { code: 'IDN' } });
  expect(filterYearProblem(2101)).toMatchObject({
    code: 'FILTER_YEAR_RANGE',
    values: { min: 1900, max: 2100, year: 2101 },
  });
  expect(yearRangeProblem(2020, 2019)).toMatchObject({ code: 'YEAR_TO_BEFORE_YEAR_FROM', values: { yearFrom: 2020 } });
  expect(filterTextProblem('a'.repeat(201))).toMatchObject({ code: 'TOO_LONG', values: { max: 200 } });
  expect(filterListProblem(Array(51).fill('ID'))).toMatchObject({
    code: 'TOO_MANY',
    values: { max: 50, items: 'values' },
  });
});
