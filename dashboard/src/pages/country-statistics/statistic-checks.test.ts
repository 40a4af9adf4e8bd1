import { describe, expect, it } from 'vitest';
import { emptyDraft, NEW_SOURCE, type StatisticDraft } from './statistic-draft';
import { draftProblems, rowsProblems } from './statistic-checks';

const UNITS: Record<string, string> = { MIGRANT_WORKERS_ABROAD: 'persons', REMITTANCES_PCT_GDP: 'percent of GDP' };
const unitOf = (code: string) => UNITS[code];
const source = {
  id: 'U291cmNlOjE',
  title: 'Survey',
  url: 'https://example.org',
  publisher: null,
  publishedOn: null,
  language: null,
  translations: [],
};

const draft = (overrides: Partial<StatisticDraft> = {}): StatisticDraft => ({
  ...emptyDraft(source),
  indicatorCode: 'MIGRANT_WORKERS_ABROAD',
  year: 2024,
  value: 21000,
  ...overrides,
});

describe('draftProblems', () => {
  it('passes a complete figure', () => {
    expect(draftProblems(draft(), unitOf, 'rows[0]')).toEqual({ fields: {} });
  });

  it('names every problem of a figure at once, in the API’s words and paths', () => {
    expect(
      draftProblems(
        draft({ indicatorCode: '', year: 2099, value: null, source: { kind: 'existing', source: null } }),
        unitOf,
        'rows[3]',
      ).fields,
    ).toEqual({
      'rows[3].indicatorCode': 'choose an indicator',
      'rows[3].year': expect.stringMatching(/^must be a year from 1900 to 20\d\d$/),
      'rows[3].value': 'required',
      'rows[3].source': 'choose a source, or give a new one’s title and address',
    });
  });

  it('checks the value against its indicator’s unit', () => {
    expect(draftProblems(draft({ indicatorCode: 'REMITTANCES_PCT_GDP', value: 150 }), unitOf, 'input')).toEqual({
      fields: { 'input.value': 'must be a percentage from 0 to 100' },
      codes: {
        'input.value': {
          message: 'must be a percentage from 0 to 100',
          code: 'PERCENT_RANGE',
          values: { min: 0, max: 100 },
        },
      },
    });
    expect(draftProblems(draft({ value: -4 }), unitOf, 'input').fields).toEqual({
      'input.value': 'must be a whole number of persons from 0 to 10,000,000,000',
    });
  });

  it('checks a new source’s fields with the shared rules', () => {
    const typed = { ...NEW_SOURCE, title: ' ', url: 'javascript:alert(1)', publishedOn: '2019-02-30' };
    expect(draftProblems(draft({ source: typed }), unitOf, 'rows[0]').fields).toEqual({
      'rows[0].source.title': 'required',
      'rows[0].source.url': 'must be a web address starting with http:// or https://',
      'rows[0].source.publishedOn': '2019-02-30 is not a day on the calendar',
    });
  });
});

describe('rowsProblems', () => {
  it('gathers the problems of every row, or none', () => {
    expect(rowsProblems([draft(), draft()], unitOf)).toBeNull();
    expect(rowsProblems([draft(), draft({ year: 1850 })], unitOf)?.fields).toEqual({
      'rows[1].year': expect.stringMatching(/^must be a year/),
    });
  });
});
