import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateSynthetic } from '../bulk/synthetic/generate';
import { startTestAtlas, type TestAtlas } from '../../test-support/test-atlas';
import { MAX_COMPARED_OUTCOMES } from './country-comparison.type';

let atlas: TestAtlas;
beforeAll(async () => {
  atlas = await startTestAtlas();
}, 120_000);
afterAll(() => atlas.close());

const ALL = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const COMPARE = `query($codes: [String!]!) { compareCountries(codes: $codes) { outcomesTruncated indicators { values { kind year } } } }`;

interface Comparison {
  compareCountries: { outcomesTruncated: boolean; indicators: { values: { kind: string; year: number }[] }[] };
}
const outcomeValues = (data: Comparison) =>
  data.compareCountries.indicators.flatMap((indicator) => indicator.values).filter((value) => value.kind === 'OUTCOME');

it('carries every outcome of the real data, and at most the most recent few thousand of a huge dataset', async () => {
  const real = await atlas.graphql<Comparison>(COMPARE, { codes: ALL });
  expect(real.data!.compareCountries.outcomesTruncated).toBe(false);
  expect(outcomeValues(real.data!).length).toBeGreaterThan(40);

  // 100,000 practices and 1,000,000 outcomes once crashed the server here (out of memory).
  await generateSynthetic(atlas.orm, atlas.dialect, {
    programs: 50,
    practices: 200,
    outcomes: MAX_COMPARED_OUTCOMES + 1000,
    seed: 3,
  });
  // Written outside the API, so the response cache still holds the first answer: ask in another order.
  const huge = await atlas.graphql<Comparison>(COMPARE, { codes: [...ALL].reverse() });
  expect(huge.errors).toBeUndefined();
  expect(huge.data!.compareCountries.outcomesTruncated).toBe(true);
  expect(outcomeValues(huge.data!)).toHaveLength(MAX_COMPARED_OUTCOMES);
}, 120_000);
