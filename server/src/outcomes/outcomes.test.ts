import { expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';

const atlas = useTestAtlas();

interface Outcomes {
  outcomes: {
    totalCount: number;
    nodes: {
      year: number;
      value: number;
      sex: string;
      note: string | null;
      country: { code: string };
      indicator: { code: string; unit: string };
      program: { key: string };
      source: { url: string };
    }[];
  };
}
const OUTCOMES = `query($filter: OutcomeFilter, $first: Int) { outcomes(filter: $filter, first: $first) {
  totalCount nodes { year value sex note country { code } indicator { code unit } program { key } source { url } } } }`;

it('gives every outcome a source, a unit and a year', async () => {
  const { data } = await atlas.graphql<Outcomes>(OUTCOMES, { first: 100 });
  expect(data!.outcomes.totalCount).toBeGreaterThanOrEqual(15);
  for (const outcome of data!.outcomes.nodes) {
    expect(outcome.source.url).toMatch(/^https?:\/\//);
    expect(outcome.indicator.unit.length).toBeGreaterThan(0);
  }
});

it('holds the NRCO livelihood beneficiaries as the sources give them', async () => {
  const { data } = await atlas.graphql<Outcomes>(OUTCOMES, { filter: { countryCodes: ['PH'] }, first: 100 });
  const values = data!.outcomes.nodes
    .filter((o) => o.program.key === 'nrco' || o.program.key.includes('nrco'))
    .map((o) => [o.year, o.value]);
  expect(values).toEqual(
    expect.arrayContaining([
      [2017, 3538],
      [2023, 5273],
      [2024, 6504],
    ]),
  );
});

it('filters by country, year range and sex', async () => {
  const { data } = await atlas.graphql<Outcomes>(OUTCOMES, {
    filter: { countryCodes: ['ID'], yearFrom: 2017, yearTo: 2019 },
    first: 100,
  });
  expect(data!.outcomes.totalCount).toBeGreaterThan(0);
  for (const outcome of data!.outcomes.nodes) {
    expect(outcome.country.code).toBe('ID');
    expect(outcome.year).toBeGreaterThanOrEqual(2017);
    expect(outcome.year).toBeLessThanOrEqual(2019);
  }
  const women = await atlas.graphql<Outcomes>(OUTCOMES, { filter: { sexes: ['FEMALE'] }, first: 100 });
  expect(women.data!.outcomes.nodes.every((o) => o.sex === 'FEMALE')).toBe(true);
});

it('lists indicators by code', async () => {
  const { data } = await atlas.graphql<{ indicators: { code: string; unit: string }[] }>(
    '{ indicators { code unit } }',
  );
  const codes = data!.indicators.map((i) => i.code);
  expect(codes).toEqual([...codes].sort());
  expect(codes.length).toBeGreaterThan(5);
});
