import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test-support/test-database';
import { exportAtlas } from './export';
import { importAtlas } from './import';
import { readImportFile, readJsonDocument } from './read-input';

/** `pnpm cli import` applies the API's field rules (`@atlas/shared/rules`): what the API refuses, the import refuses. */
const db = useTestDatabase({ seed: true });
let before: string;
beforeAll(async () => {
  before = await exportAtlas(db.orm);
});

/** The import refused, with exactly these problems, and left the Atlas as it was. */
async function expectRefused(result: unknown, problems: string[]): Promise<void> {
  expect(result).toEqual({ ok: false, problems });
  expect(await exportAtlas(db.orm)).toBe(before);
}

const source = (key: string, url: string) => ({ key, title: `Source ${key}`, url });
const practice = (key: string, fields: Record<string, unknown> = {}) => ({
  key,
  title: `Practice ${key}`,
  summary: 'A summary.',
  body: 'A body.',
  country: 'ID',
  year: 2020,
  themes: ['ENTREPRENEURSHIP'],
  dimensions: ['ECONOMIC'],
  evidenceLevel: 'DOCUMENTED',
  sources: ['jpnn-2019-reintegration-workshop'],
  ...fields,
});
const outcome = (fields: Record<string, unknown>) => ({
  program: 'desmigratif',
  source: 'jpnn-2019-reintegration-workshop',
  year: 2020,
  ...fields,
});

async function imported(document: Record<string, unknown>) {
  return importAtlas(
    db.orm,
    readJsonDocument(JSON.stringify({ format: 'reintegration-atlas', version: 1, ...document })),
  );
}

describe('the import refuses what the API refuses', () => {
  it('refuses script and data URLs, a 200 KB title and a 3 MB body, listing every problem and writing nothing', async () => {
    const result = await imported({
      sources: [
        source('hostile-javascript', 'javascript:alert(document.cookie)'),
        source('hostile-data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
        source('fine-source', 'https://example.org/fine'),
      ],
      practices: [practice('hostile-sizes', { title: 'T'.repeat(200_000), body: 'B'.repeat(3_000_000) })],
    });
    await expectRefused(result, [
      'sources[0] (hostile-javascript): url: must be a web address starting with http:// or https://',
      'sources[1] (hostile-data): url: must be a web address starting with http:// or https://',
      'practices[0] (hostile-sizes): title: at most 300 characters',
      'practices[0] (hostile-sizes): body: at most 50000 characters',
    ]);
  });

  it('refuses impossible dates, implausible years, hidden characters and ends before starts', async () => {
    const result = await imported({
      sources: [
        { ...source('bad-date', 'https://example.org/bad-date'), publishedOn: '2019-13-45' },
        { ...source('no-such-day', 'https://example.org/no-such-day'), publishedOn: '2019-02-30' },
      ],
      practices: [
        practice('future-practice', { year: 2099 }),
        practice('hidden-characters', { title: 'Balik\u0000Pinay', summary: 'bell\u0007' }),
      ],
      events: [
        {
          key: 'backwards-event',
          name: 'A workshop that ends before it starts',
          startDate: '2019-08-27',
          endDate: '2019-08-26',
          summary: 'Backwards.',
          sources: ['jpnn-2019-reintegration-workshop'],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'sources[0] (bad-date): publishedOn: 2019-13-45 is not a day on the calendar',
      'sources[1] (no-such-day): publishedOn: 2019-02-30 is not a day on the calendar',
      'events[0] (backwards-event): endDate: must not be before the start date',
      expect.stringMatching(/^practices\[0\] \(future-practice\): year: must be a year from 1900 to 20\d\d$/),
      'practices[1] (hidden-characters): title: contains hidden control characters: type it again, or paste it as plain text',
      'practices[1] (hidden-characters): summary: contains hidden control characters: type it again, or paste it as plain text',
    ]);
    expect(await exportAtlas(db.orm)).toBe(before);
  });

  it('refuses figures that do not fit their indicator’s unit, in the file or in the database', async () => {
    const result = await imported({
      indicators: [
        { code: 'NEW_SHARE_PCT', name: 'A new share', description: 'A share.', unit: 'percent of returnees' },
      ],
      outcomes: [
        outcome({ indicator: 'NEW_SHARE_PCT', value: 101 }),
        outcome({ indicator: 'DESMIGRATIF_VILLAGES_NEW', year: 2021, value: -3 }),
        outcome({ indicator: 'DESMIGRATIF_VILLAGES_NEW', year: 2022, value: 12.5 }),
        outcome({ indicator: 'DESMIGRATIF_VILLAGES_NEW', year: 2023, value: 12 }),
      ],
      statistics: [
        {
          country: 'PH',
          indicator: 'REMITTANCES_PCT_GDP',
          year: 2020,
          value: 150,
          source: 'indexmundi-remittances-2020',
        },
        { country: 'PH', indicator: 'REMITTANCES_USD', year: 2020, value: -1, source: 'indexmundi-remittances-2020' },
      ],
    });
    await expectRefused(result, [
      'statistics[0]: value: must be a percentage from 0 to 100',
      'statistics[1]: value: must be an amount in USD from 0 to 100,000,000,000,000,000',
      'outcomes[0]: value: must be a percentage from 0 to 100',
      'outcomes[1]: value: must be a whole number of villages from 0 to 10,000,000,000',
      'outcomes[2]: value: must be a whole number of villages from 0 to 10,000,000,000',
    ]);
  });

  it('checks a CSV file the same way, naming its lines', async () => {
    const csv = [
      'program,indicator,year,value,source',
      'desmigratif,DESMIGRATIF_VILLAGES_NEW,2019,-5,jpnn-2019-reintegration-workshop',
      'desmigratif,DESMIGRATIF_VILLAGES_NEW,2019-13,5,jpnn-2019-reintegration-workshop',
    ].join('\n');
    const result = await importAtlas(db.orm, readImportFile('outcomes.csv', csv));
    await expectRefused(result, [
      expect.stringMatching(/^line 3: year: must be a year from 1900 to 20\d\d$/),
      'line 2: value: must be a whole number of villages from 0 to 10,000,000,000',
    ]);
  });
});

describe('the import refuses duplicates and unique fields taken', () => {
  it('names each duplicate in the file, and each field another stored record keeps, in one list', async () => {
    const result = await imported({
      sources: [
        source('twice', 'https://example.org/twice-1'),
        source('twice', 'https://example.org/twice-2'),
        source('same-url', 'https://example.org/twice-1'),
        source('taken-url', 'https://www.jpnn.com/news/pemerintah-gelar-program-reintegrasi-bagi-pekerja-migran'),
      ],
      practices: [practice('dup-practice'), practice('dup-practice'), practice('unknown-refs', { country: 'XX' })],
      outcomes: [
        outcome({ indicator: 'NOPE', value: 1 }),
        outcome({ indicator: 'NOPE', value: 2 }),
        outcome({ program: 'no-such-programme', indicator: 'NOPE', value: 3, practice: 'no-such-practice' }),
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      'sources[1] (twice): duplicate key "twice"',
      'sources[2] (same-url): duplicate url "https://example.org/twice-1"',
      'practices[1] (dup-practice): duplicate key "dup-practice"',
      'outcomes[1]: duplicate outcome "["desmigratif",null,"NOPE",2020,"TOTAL","jpnn-2019-reintegration-workshop",null]"',
      'practices[2] (unknown-refs): unknown country "XX"',
      'outcomes[0]: unknown indicator "NOPE"',
      'outcomes[1]: unknown indicator "NOPE"',
      'outcomes[2]: unknown program "no-such-programme"',
      'outcomes[2]: unknown practice "no-such-practice"',
      'outcomes[2]: unknown indicator "NOPE"',
      'sources[3] (taken-url): url "https://www.jpnn.com/news/pemerintah-gelar-program-reintegrasi-bagi-pekerja-migran" already belongs to "jpnn-2019-reintegration-workshop"',
    ]);
    expect(await exportAtlas(db.orm)).toBe(before);
  });
});
