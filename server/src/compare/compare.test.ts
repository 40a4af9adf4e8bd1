import { expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface Comparison {
  compareCountries: {
    countries: { code: string }[];
    indicators: {
      indicator: { code: string; unit: string };
      values: {
        country: { code: string };
        kind: string;
        year: number;
        value: number;
        source: { url: string };
        program: { key: string } | null;
      }[];
    }[];
    coverage: { country: { code: string }; dimension: string; theme: string; practiceCount: number }[];
  };
}
const COMPARE = `query($codes: [String!]!, $indicatorCodes: [String!]) { compareCountries(codes: $codes, indicatorCodes: $indicatorCodes) {
  countries { code }
  indicators { indicator { code unit } values { country { code } kind year value source { url } program { key } } }
  coverage { country { code } dimension theme practiceCount } } }`;

it('compares countries in the order asked, every figure with its source', async () => {
  const { data, errors } = await atlas.graphql<Comparison>(COMPARE, { codes: ['ID', 'PH', 'VN'] });
  expect(errors).toBeUndefined();
  const comparison = data!.compareCountries;
  expect(comparison.countries.map((c) => c.code)).toEqual(['ID', 'PH', 'VN']);
  expect(comparison.indicators.length).toBeGreaterThan(0);
  for (const { values } of comparison.indicators) {
    for (const value of values) {
      expect(['ID', 'PH', 'VN']).toContain(value.country.code);
      expect(value.source.url).toMatch(/^https?:\/\//);
      expect(value.kind === 'OUTCOME').toBe(value.program !== null);
    }
  }
  expect(comparison.coverage.every((cell) => cell.practiceCount > 0)).toBe(true);
  expect(new Set(comparison.coverage.map((cell) => cell.country.code))).toEqual(new Set(['ID', 'PH', 'VN']));
});

it('puts one indicator for all 11 countries on a shared axis', async () => {
  const { data: list } = await atlas.graphql<{ countries: { code: string }[] }>('{ countries { code } }');
  const codes = list!.countries.map((c) => c.code);
  const { data } = await atlas.graphql<Comparison>(COMPARE, { codes, indicatorCodes: ['REMITTANCES_USD'] });
  const [remittances] = data!.compareCountries.indicators;
  expect(remittances?.indicator.code).toBe('REMITTANCES_USD');
  expect(new Set(remittances!.values.map((v) => v.country.code)).size).toBeGreaterThanOrEqual(5);
});

it('names unknown countries and indicators in a BAD_USER_INPUT error', async () => {
  const { errors } = await atlas.graphql(COMPARE, { codes: ['ID', 'XX'], indicatorCodes: ['NOPE'] });
  expect(errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: 'codes' }, { path: 'indicatorCodes' }],
  });
  expect(errors?.[0]?.message).toContain('XX');
  const none = await atlas.graphql(COMPARE, { codes: [] });
  expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('counts distinct practices per dimension beside the theme cells, which overlap', async () => {
  const { data, errors } = await atlas.graphql<{
    compareCountries: {
      coverage: { country: { code: string }; dimension: string; practiceCount: number }[];
      dimensionTotals: { country: { code: string }; dimension: string; practiceCount: number }[];
    };
    practices: { totalCount: number };
  }>(`{ compareCountries(codes: ["PH", "ID"]) {
      coverage { country { code } dimension practiceCount }
      dimensionTotals { country { code } dimension practiceCount } }
    practices(filter: { countryCodes: ["ID"], dimensions: [ECONOMIC] }) { totalCount } }`);
  expect(errors).toBeUndefined();
  const { coverage, dimensionTotals } = data!.compareCountries;
  // Three dimensions (economic, social, psychosocial), each listed for each country, zero included.
  expect(dimensionTotals.map((t) => t.country.code)).toEqual([...Array(3).fill('PH'), ...Array(3).fill('ID')]);
  const economic = dimensionTotals.find((t) => t.country.code === 'ID' && t.dimension === 'ECONOMIC')!;
  expect(economic.practiceCount).toBe(data!.practices.totalCount);
  const cellSum = coverage
    .filter((c) => c.country.code === 'ID' && c.dimension === 'ECONOMIC')
    .reduce((sum, c) => sum + c.practiceCount, 0);
  // Indonesia's economic practices have several themes each: the cells count them more than once.
  expect(cellSum).toBeGreaterThan(economic.practiceCount);
});

it('refuses an empty list of indicator codes, naming it, rather than reading it as every indicator', async () => {
  const { errors } = await atlas.graphql(COMPARE, { codes: ['ID'], indicatorCodes: [] });
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'indicatorCodes' }] });
});
