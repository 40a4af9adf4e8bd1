import { expect, it } from 'vitest';
import { Role } from '../access/role';
import { ANONYMOUS } from '../access/viewer';
import { useTestAtlas } from '../../test-support/test-atlas';
import { QueueFull } from '../limits/concurrency-limit';
import { DEFAULT_LIMITS } from '../limits/limits-config';
import { Practice } from '../practices/practice.entity';
import type { CountryComparison } from './country-comparison.type';
import { comparisonKey, comparisonLine } from './shared-comparisons';

// No response cache, so that every request reaches the comparison; time for a busy machine.
const atlas = useTestAtlas({ config: { responseCache: null, limits: { ...DEFAULT_LIMITS, timeoutMs: 120_000 } } });

const ALL = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const COMPARE = `query($codes: [String!]!) { compareCountries(codes: $codes) {
  countries { code name practiceCount programs { id name } }
  indicators { indicator { code unit } values { country { code } kind program { id key } year value sex note source { url title } } }
  coverage { country { code } dimension theme practiceCount }
  dimensionTotals { country { code } dimension practiceCount }
  outcomesTruncated } }`;

it('answers comparisons asked at once exactly as each alone, whoever asks', async () => {
  const editor = await atlas.signIn(Role.EDITOR);
  const alone = await atlas.graphql(COMPARE, { codes: ALL });
  const reversed = await atlas.graphql(COMPARE, { codes: [...ALL].reverse() });
  const asEditor = await atlas.graphql(COMPARE, { codes: ALL }, editor.token);
  expect(alone.errors).toBeUndefined();
  expect(asEditor.errors).toBeUndefined();

  const together = await Promise.all([
    ...Array.from({ length: 3 }, () => atlas.graphql(COMPARE, { codes: ALL })),
    atlas.graphql(COMPARE, { codes: [...ALL].reverse() }),
    atlas.graphql(COMPARE, { codes: ALL }, editor.token),
    atlas.graphql(COMPARE, { codes: ALL }, editor.token),
  ]);
  for (const answer of together.slice(0, 3)) expect(answer).toEqual(alone);
  expect(together[3]).toEqual(reversed);
  expect(together[4]).toEqual(asEditor);
  expect(together[5]).toEqual(asEditor);
});

it('never shares a comparison between viewers who may read differently, nor across a change', async () => {
  const em = atlas.em();
  const key = (viewer: Parameters<typeof comparisonKey>[1]) => comparisonKey(em, viewer, ['id', 'PH'], null);
  const anonymous = await key(ANONYMOUS);
  expect(await comparisonKey(em, ANONYMOUS, ['ID', 'PH'], null)).toBe(anonymous);
  const keys = new Set([
    anonymous,
    await key({ userId: 7, role: Role.CONTRIBUTOR }),
    await key({ userId: 8, role: Role.CONTRIBUTOR }),
    await key({ userId: 9, role: Role.EDITOR }),
    await comparisonKey(em, ANONYMOUS, ['PH', 'ID'], null),
    await comparisonKey(em, ANONYMOUS, ['ID', 'PH'], ['REMITTANCES_USD']),
  ]);
  expect(keys.size).toBe(6);

  const practice = await em.findOneOrFail(Practice, { id: { $gt: 0 } });
  practice.title = `${practice.title} (revised)`;
  await em.flush();
  expect(await key(ANONYMOUS)).not.toBe(anonymous);
});

it('builds once for the requests in hand, keeps each turn until its answer is sent, and refuses beyond the line', async () => {
  const line = comparisonLine({ atOnce: 2, maxWaiting: 1 });
  let builds = 0;
  let finish!: () => void;
  const build = () =>
    new Promise<CountryComparison>((resolve) => {
      builds++;
      finish = () => resolve({ countries: [] } as unknown as CountryComparison);
    });
  const requests = [new AbortController(), new AbortController(), new AbortController()];
  const first = line('same', build, requests[0]!.signal);
  const second = line('same', build, requests[1]!.signal);
  const third = line('same', build, requests[2]!.signal);
  await expect(line('same', build, new AbortController().signal)).rejects.toBeInstanceOf(QueueFull);
  finish();
  expect(await first).toBe(await second);
  expect(builds).toBe(1);

  // The third waits until an answer in hand is sent (its response closed), then builds afresh.
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(builds).toBe(1);
  requests[0]!.abort();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(builds).toBe(2);
  finish();
  await third;
});
