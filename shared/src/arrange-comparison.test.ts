import { describe, expect, it } from 'vitest';
import { arrangeComparison } from './arrange-comparison';

const value = (code: string, year: number, kind = 'OUTCOME') => ({ country: { code }, year, kind });

/** A comparison of three member states, as a snapshot holds the comparison of all of them. */
const ALL = {
  countries: [{ code: 'ID' }, { code: 'PH' }, { code: 'VN' }],
  indicators: [
    { indicator: { code: 'RETURNEES' }, values: [value('ID', 2020), value('PH', 2019), value('VN', 2021)] },
    { indicator: { code: 'LOANS' }, values: [value('VN', 2018)] },
    {
      indicator: { code: 'BUDGET' },
      values: [value('ID', 2021), value('ID', 2019, 'OUTCOME'), value('ID', 2019, 'STATISTIC'), value('PH', 2018)],
    },
    { indicator: { code: 'ASKED_FOR' }, values: [] },
  ],
  coverage: [
    { country: { code: 'ID' }, theme: 'A' },
    { country: { code: 'PH' }, theme: 'A' },
    { country: { code: 'VN' }, theme: 'B' },
  ],
};

describe('arranging a comparison', () => {
  it('keeps the selection, in its order, and the indicators by code', () => {
    const arranged = arrangeComparison(ALL, ['PH', 'ID']);
    expect(arranged.countries.map((country) => country.code)).toEqual(['PH', 'ID']);
    expect(arranged.indicators.map((entry) => entry.indicator.code)).toEqual(['ASKED_FOR', 'BUDGET', 'RETURNEES']);
    expect(arranged.coverage.map((cell) => cell.country.code)).toEqual(['PH', 'ID']);
  });

  it('orders each indicator’s values by country in the selection’s order, then by year, ties as they were', () => {
    const budget = arrangeComparison(ALL, ['PH', 'ID']).indicators.find((entry) => entry.indicator.code === 'BUDGET')!;
    expect(budget.values).toEqual([
      value('PH', 2018),
      value('ID', 2019, 'OUTCOME'),
      value('ID', 2019, 'STATISTIC'),
      value('ID', 2021),
    ]);
  });

  it('leaves out an indicator only other member states report, keeps one asked for without figures', () => {
    const codes = arrangeComparison(ALL, ['ID']).indicators.map((entry) => entry.indicator.code);
    expect(codes).not.toContain('LOANS');
    expect(codes).toContain('ASKED_FOR');
  });
});
