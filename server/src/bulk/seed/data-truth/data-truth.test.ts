import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../load-seed';
import type { SeedData } from '../seed-schema';
import { checkDataTruth } from './data-truth';
import { numbersIn } from './numbers';
import { readReference } from './reference-entries';

const reference = readReference();
const seed = loadSeed();

/** A copy of the seed with one record changed, as a hand edit of a file would change it. */
function altered<F extends keyof SeedData>(
  file: F,
  find: (record: SeedData[F][number]) => boolean,
  change: (record: SeedData[F][number]) => void,
): { data: SeedData; index: number } {
  const data = structuredClone(seed);
  const index = (data[file] as SeedData[F][number][]).findIndex(find);
  expect(index, `a ${file} record to alter`).toBeGreaterThanOrEqual(0);
  change(data[file][index] as SeedData[F][number]);
  return { data, index };
}

describe('the data-truth check on the real seed', () => {
  it('finds every number of the seed in an entry of a source its record cites, and every address in the reference', () => {
    const { checked, problems } = checkDataTruth(seed, reference);
    expect(problems).toEqual([]);
    // Values, years, dates and the counts written in titles, summaries, bodies and notes.
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('a number changed by hand', () => {
  const isNrco2017 = (o: SeedData['outcomes'][number]) =>
    o.program === 'nrco' && o.indicator === 'NRCO_LIVELIHOOD_BENEFICIARIES' && o.year === 2017;

  it('fails and names the record, the number and the source', () => {
    const { data, index } = altered('outcomes', isNrco2017, (o) => (o.value = 3583));
    expect(checkDataTruth(data, reference).problems).toEqual([
      `outcomes.yaml, record ${index + 1} (nrco, NRCO_LIVELIHOOD_BENEFICIARIES): value: "3583" is not in the entries of nrco-2017-livelihood`,
    ]);
  });

  it('fails when the number is in the reference, but under another source than the one the record cites', () => {
    // 150,420 is in the reference: the KUR debtors to 2023, under Kosadata and Pantau.
    const { data } = altered('outcomes', isNrco2017, (o) => (o.value = 150420));
    expect(checkDataTruth(data, reference).problems).toEqual([
      expect.stringMatching(/\(nrco, NRCO_LIVELIHOOD_BENEFICIARIES\): value: "150420" .* nrco-2017-livelihood$/),
    ]);
  });

  it('fails for a year and a count in prose, a figure with a multiplier, and a date', () => {
    const practice = altered(
      'practices',
      (p) => p.key === 'desmigratif-migration-services',
      (p) => (p.body = p.body.replace('since 2016', 'since 2015').replace('283,640', '283,460')),
    );
    expect(checkDataTruth(practice.data, reference).problems).toEqual([
      expect.stringContaining('(desmigratif-migration-services): body: "2015" is not in the entries of'),
      expect.stringContaining('(desmigratif-migration-services): body: "283,460" is not in the entries of'),
    ]);
    const statistic = altered(
      'statistics',
      (s) => s.country === 'PH' && s.value === 2160000,
      (s) => (s.note = `${s.note ?? ''} About 2.61 million.`),
    );
    expect(checkDataTruth(statistic.data, reference).problems).toEqual([
      expect.stringContaining('note: "2.61 million" is not in the entries of'),
    ]);
    const event = altered(
      'events',
      (e) => e.startDate === '2019-08-27',
      (e) => (e.startDate = '2019-09-26'),
    );
    expect(checkDataTruth(event.data, reference).problems).toEqual([
      expect.stringMatching(/startDate: the month of 2019-09-26 is not in the entries of/),
      expect.stringMatching(/startDate: "2019-09-26" is not in the entries of/),
    ]);
  });

  it('fails for a source address the reference does not give', () => {
    const { data, index } = altered(
      'sources',
      (s) => s.key === 'nrco-2017-livelihood',
      (s) => (s.url = s.url.replace('3-538', '3-583')),
    );
    expect(checkDataTruth(data, reference).problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^sources\\.yaml, record ${index + 1} \\(nrco-2017-livelihood\\): url .* is not an address`),
      ),
    );
  });
});

describe('numbers as the seed and the reference write them', () => {
  const values = (text: string, reading: 'seed' | 'reference' = 'reference') =>
    numbersIn(text, reading).map((m) => m.values);

  it('reads thousands separators, multipliers, currencies and percentages', () => {
    expect(values('273,747 and 273747', 'seed')).toEqual([[273747], [273747]]);
    expect(values('USD 8.3 million', 'seed')).toEqual([[8300000]]);
    expect(values('USD 8.3 million')).toEqual([[8.3, 8300000]]);
    expect(values('Rp2,3 triliun')).toEqual([[2.3, 2.3e12]]);
    expect(values('CHF 9’250’000')).toEqual([[9250000]]);
    expect(values('US$1.7bn; A$20m; 8.5% of GDP')).toEqual([[1.7, 1.7e9], [20, 2e7], [8.5]]);
    expect(values('39.412 PMI')).toEqual([[39.412, 39412]]);
    expect(values('about 1.3 [million] workers')).toEqual([[1.3, 1.3e6]]);
  });

  it('reads ranges, dates and ordinals, and skips numbers that are part of a name', () => {
    expect(values('US$134–136 billion', 'seed')).toEqual([[134e9], [136e9]]);
    expect(values('2016–2022 and 2027-28', 'seed')).toEqual([[2016], [2022], [2027], [28, 2028]]);
    expect(values('27 Aug 2019, the 14th AFML', 'seed')).toEqual([[27], [2019], [14]]);
    expect(values('BP2MI, COVID-19, Law No. 69/2020/QH14, Section 60K, by mid-2024', 'seed')).toEqual([
      [69],
      [2020],
      [2024],
    ]);
    expect(values('four pillars, two officers', 'seed')).toEqual([[4], [2]]);
  });
});

describe('the reference read as entries', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-reference-'));
  fs.writeFileSync(
    path.join(dir, 'facts.md'),
    [
      '## A heading',
      '- fact: A programme since 2016:',
      '  - fact: 122 villages in 2017. [source: https://a.example/one]',
      '  - fact: 135 villages in 2018. [source: https://b.example/two]',
      '- fact: 7 centres. [source: same]',
      '',
      '| State | Value | URL |',
      '|---|---|---|',
      '| KH | 115,767 | https://c.example/three |',
      '| KH | 90,607 | same |',
      '',
      '- fact: Nothing cited here, 999.',
    ].join('\n'),
  );
  const { entriesOf, urls } = readReference(dir, ['facts.md']);
  const numbers = (url: string) =>
    (entriesOf.get(url) ?? []).flatMap((e) => numbersIn(e.text, 'reference').flatMap((m) => m.values));

  it('gives each address its bullet, the bullets above it and, for "same", the address before', () => {
    expect([...urls].sort()).toEqual(['https://a.example/one', 'https://b.example/two', 'https://c.example/three']);
    expect(numbers('https://a.example/one')).toEqual([2016, 122, 2017]);
    expect(numbers('https://b.example/two')).toEqual([2016, 135, 2018, 7]);
    expect(numbers('https://c.example/three')).toEqual([115767, 90607]);
  });
});
