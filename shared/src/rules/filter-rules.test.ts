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
  expect(filterCountryCodeProblem('IDN')).toBe('"IDN" is not an ISO 3166-1 alpha-2 code');
});

it('takes the years 1900 to 2100, in order', () => {
  expect([1900, 2100].map(filterYearProblem)).toEqual([null, null]);
  expect(filterYearProblem(1899)).toBe('must be a year between 1900 and 2100, got 1899');
  expect(yearRangeProblem(2020, 2019)).toBe('must not be before yearFrom (2020)');
  expect([yearRangeProblem(2019, 2019), yearRangeProblem(null, 2019), yearRangeProblem(2020, undefined)]).toEqual([
    null,
    null,
    null,
  ]);
});

it('caps the text at 200 characters and the lists at 50 values', () => {
  expect(filterTextProblem('a'.repeat(200))).toBeNull();
  expect(filterTextProblem('a'.repeat(201))).toBe('at most 200 characters');
  expect(filterTextProblem(null)).toBeNull();
  expect(filterListProblem(Array(50).fill('ID'))).toBeNull();
  expect(filterListProblem(Array(51).fill('ID'))).toBe('at most 50 values');
});
