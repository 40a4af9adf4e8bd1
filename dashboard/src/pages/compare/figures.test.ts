import { describe, expect, it } from 'vitest';
import { ENGLISH_INTL } from '../../test-support/in-english';
import { comparisonSeries, csvCoverage, splitIndicators } from './figures';
import { comparisonData } from './fixtures';
import type { ComparedValue, IndicatorComparison } from './queries';

const comparison = comparisonData.compareCountries;
const [philippines, indonesia] = comparison.countries;

describe('splitIndicators', () => {
  it('charts indicators two countries report and lists the others per country', () => {
    const { shared, single } = splitIndicators(comparison.indicators, ['PH', 'ID']);
    expect(shared.map((ic) => ic.indicator.code)).toEqual(['REMITTANCES_USD']);
    expect(single.get('ID')!.map((f) => f.indicator.code)).toEqual(['DESMIGRATIF_VILLAGES_NEW']);
    expect(single.get('PH')).toEqual([]);
  });
});

describe('comparisonSeries', () => {
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
  const value = (code: 'PH' | 'ID', year: number, amount: number, extra: Partial<ComparedValue> = {}) => ({
    country: { code, name: code === 'PH' ? 'Philippines' : 'Indonesia' },
    kind: 'STATISTIC' as const,
    program: null,
    year,
    value: amount,
    sex: 'TOTAL' as const,
    note: null,
    source,
    ...extra,
  });
  const indicator = { code: 'X', name: 'X', unit: 'persons', description: '', translations: [] };

  it('gives one series per country, in the order of the comparison', () => {
    const ic: IndicatorComparison = { indicator, values: [value('ID', 2020, 1), value('PH', 2020, 2)] };
    expect(comparisonSeries(ENGLISH_INTL, ic, [philippines!, indonesia!]).map((s) => s.name)).toEqual([
      'Philippines',
      'Indonesia',
    ]);
  });

  it('keeps disaggregations and disagreeing figures on series of their own', () => {
    const ic: IndicatorComparison = {
      indicator,
      values: [
        value('PH', 2023, 2160000),
        value('PH', 2023, 1200000, { sex: 'FEMALE' }),
        value('ID', 2018, 130),
        value('ID', 2018, 135),
      ],
    };
    expect(comparisonSeries(ENGLISH_INTL, ic, [philippines!, indonesia!]).map((s) => s.name)).toEqual([
      'Philippines',
      'Philippines (female)',
      'Indonesia',
      'Indonesia, second figure',
    ]);
  });
});

describe('csvCoverage', () => {
  it('gives the whole matrix, zeros included', () => {
    const cells = csvCoverage(ENGLISH_INTL, comparison);
    expect(cells).toHaveLength(3 * 14 * 2);
    expect(cells.filter((cell) => cell.practiceCount > 0)).toHaveLength(3);
  });
});
