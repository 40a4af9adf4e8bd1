import { describe, expect, it } from 'vitest';
import { commonYearFigures } from './figures';
import type { IndicatorFigures } from './queries';

const source = {
  id: 'U291cmNlOjE',
  title: 'S',
  url: 'https://example.org/s',
  publisher: null,
  publishedOn: null,
  language: null,
  weak: false,
  translations: [],
};
const value = (code: string, year: number, amount: number) => ({
  country: { code, name: code },
  year,
  value: amount,
  sex: 'TOTAL' as const,
  note: null,
  source,
});
const indicator = { code: 'REMITTANCES_USD', name: 'Remittances', unit: 'USD', description: '', translations: [] };

describe('commonYearFigures', () => {
  it('picks the year most countries report (the latest of equals), largest first, one figure per country', () => {
    const figures: IndicatorFigures = {
      indicator,
      values: [
        value('KH', 2019, 1),
        value('KH', 2020, 2),
        value('ID', 2020, 9),
        value('ID', 2020, 8),
        value('PH', 2020, 30),
        value('PH', 2024, 40),
        value('LA', 2024, 1),
        value('TL', 2017, 1),
      ],
    };
    const common = commonYearFigures(figures)!;
    expect(common.year).toBe(2020);
    expect(common.values.map((v) => `${v.country.code} ${v.value}`)).toEqual(['PH 30', 'ID 9', 'KH 2']);
  });

  it('prefers the later year when as many countries report both', () => {
    const common = commonYearFigures({ indicator, values: [value('KH', 2019, 1), value('ID', 2023, 2)] })!;
    expect(common.year).toBe(2023);
  });

  it('gives nothing without figures', () => {
    expect(commonYearFigures({ indicator, values: [] })).toBeNull();
  });
});
