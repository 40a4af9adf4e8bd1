import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type AtlasOrm } from '../../db/orm';
import { Outcome } from '../../outcomes/outcome.entity';
import { Practice } from '../../practices/practice.entity';
import { loadSeed } from '../seed/load-seed';
import { seedIfEmpty } from '../seed/seed';
import { loadSeedTranslations } from '../seed/seed-translations';
import type { SeedRecord } from '../seed/seed-schema';
import { createTestDatabase } from '../../db/test-database';
import type { AtlasDocument } from './document';
import { exportAtlas } from './export';
import { importAtlas } from './import';
import { readImportFile, readJsonDocument } from './read-input';

interface TestDatabase {
  orm: AtlasOrm;
  close(): Promise<void>;
}

const opened: TestDatabase[] = [];

async function freshDatabase(options: { seed: boolean }): Promise<AtlasOrm> {
  const database = await createTestDatabase();
  const orm = await openDatabase(database.config);
  if (options.seed) await seedIfEmpty(orm);
  opened.push({
    orm,
    close: async () => {
      await orm.close();
      await database.drop();
    },
  });
  return orm;
}

afterAll(async () => {
  for (const database of opened) await database.close();
});

function csvOf(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0]!);
  const cell = (value: string | number | undefined) => {
    const text = String(value ?? '');
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
}

const newPractice = (key: string, overrides: Record<string, string | number> = {}) => ({
  key,
  title: `Imported practice ${key}`,
  summary: 'A practice imported from CSV.',
  body: 'First paragraph.\n\nSecond paragraph, with a comma, and "quotes".',
  country: 'ID',
  program: 'desmigratif',
  year: 2020,
  themes: 'ENTREPRENEURSHIP; SKILLS_TRAINING',
  dimensions: 'ECONOMIC',
  levels: '',
  stakeholders: 'GOVERNMENT;COMMUNITY',
  targetGroups: 'ALL_RETURNEES',
  evidenceLevel: 'DOCUMENTED',
  partners: '',
  event: '',
  sources: 'jpnn-2019-reintegration-workshop',
  ...overrides,
});

describe('export and import', () => {
  let seeded: AtlasOrm;
  let exported: string;

  beforeAll(async () => {
    seeded = await freshDatabase({ seed: true });
    exported = await exportAtlas(seeded);
  });

  it('exports the whole dataset in the seed format, by key and code', () => {
    const document = JSON.parse(exported) as AtlasDocument;
    expect(document.format).toBe('reintegration-atlas');
    expect(document.version).toBe(1);
    expect(document.countries).toHaveLength(11);
    expect(document.countries.every((c) => c.legalInstruments.length > 0)).toBe(true);
    const keys = document.practices.map((p) => p.key);
    expect(keys).toEqual([...keys].sort());
    expect(document.practices.every((p) => p.status === 'PUBLISHED')).toBe(true);
    // A study carries the member states it concerns, by code, even where no programme or practice fits.
    const cambodia = document.studies.find((s) => s.key === 'iom-cambodia-returning-migrants-survey-2020');
    expect(cambodia).toMatchObject({ programs: [], practices: [], countries: ['KH'] });
    expect(document.studies.every((s) => s.countries.length > 0)).toBe(true);
    expect(exported).not.toMatch(/"id":/);
  });

  it("exports the seed's translations, as translations.yaml writes them", () => {
    const document = JSON.parse(exported) as AtlasDocument;
    const seeded = loadSeedTranslations(loadSeed());
    expect(document.translations).toHaveLength(seeded.length);
    expect(document.translations).toEqual(expect.arrayContaining(seeded.map((t) => ({ ...t, text: t.text.trim() }))));
    expect(document.translations.map(({ kind, key }) => ({ kind, key }))).toContainEqual({
      kind: 'programs',
      key: 'desmigratif',
    });
  });

  it('exports byte-identically, whatever order the records were written in', async () => {
    expect(await exportAtlas(seeded)).toBe(exported);
    const document = JSON.parse(exported) as Record<string, unknown>;
    const reversed = (record: Record<string, unknown>) =>
      Array.isArray(record.sources) ? { ...record, sources: [...(record.sources as string[])].reverse() } : record;
    const shuffled = Object.fromEntries(
      Object.entries(document).map(([name, value]) => [
        name,
        Array.isArray(value) ? (value as Record<string, unknown>[]).map(reversed).reverse() : value,
      ]),
    );
    const empty = await freshDatabase({ seed: false });
    const result = await importAtlas(empty, readJsonDocument(JSON.stringify(shuffled)));
    expect(result.ok).toBe(true);
    expect(await exportAtlas(empty)).toBe(exported);
  });

  it('round-trips: export, import into an empty database, export again: byte-identical', async () => {
    const empty = await freshDatabase({ seed: false });
    const result = await importAtlas(empty, readJsonDocument(exported));
    const practices = (JSON.parse(exported) as { practices: unknown[] }).practices.length;
    expect(practices).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: true, counts: { practices: { created: practices, updated: 0, unchanged: 0 } } });
    expect(await exportAtlas(empty)).toBe(exported);
  });

  it('writes new practices and outcomes in bulk as the ORM reads them, with what exports leave out', async () => {
    const empty = await freshDatabase({ seed: false });
    const before = Date.now();
    expect((await importAtlas(empty, readJsonDocument(exported))).ok).toBe(true);
    const em = empty.em.fork();
    const practice = await em.findOneOrFail(
      Practice,
      { key: 'desmigratif-community-parenting' },
      { populate: ['sources'] },
    );
    expect(practice.createdAt).toBeInstanceOf(Date);
    expect(practice.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(practice.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(practice.updatedAt).toEqual(practice.createdAt);
    expect(practice).toMatchObject({ version: 1, publishedAt: null, createdBy: null, status: 'PUBLISHED' });
    expect(practice.themes.length).toBeGreaterThan(0);
    expect(practice.sources.getItems().length).toBeGreaterThan(0);
    expect(await em.count(Outcome, { practice: { $ne: null } })).toBeGreaterThan(0);
  });

  it('re-importing an export changes nothing', async () => {
    const result = await importAtlas(seeded, readJsonDocument(exported));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const counts of Object.values(result.counts)) expect(counts).toMatchObject({ created: 0, updated: 0 });
    expect(result.counts.translations).toMatchObject({ unchanged: loadSeedTranslations(loadSeed()).length });
    expect(await exportAtlas(seeded)).toBe(exported);
  });

  it('updates records by key and keeps the status of practices', async () => {
    const orm = await freshDatabase({ seed: true });
    const document = JSON.parse(exported) as AtlasDocument;
    const practice = document.practices[0]!;
    practice.title = 'A new title';
    practice.status = 'REJECTED' as SeedRecord<'practices'>['status'];
    practice.rejectionReason = 'No source gives its results.';
    const result = await importAtlas(orm, readJsonDocument(JSON.stringify(document)));
    const unchanged = document.practices.length - 1;
    expect(result).toMatchObject({ ok: true, counts: { practices: { created: 0, updated: 1, unchanged } } });
    const after = JSON.parse(await exportAtlas(orm)) as AtlasDocument;
    expect(after.practices[0]).toMatchObject({
      title: 'A new title',
      status: 'REJECTED',
      rejectionReason: 'No source gives its results.',
    });
  });

  it('rejects a JSON import with a bad record, names every bad record and leaves the database exactly unchanged', async () => {
    const orm = await freshDatabase({ seed: true });
    const before = await exportAtlas(orm);
    const document = JSON.parse(before) as AtlasDocument;
    document.sources[0]!.title = 'A change that must not be written';
    (document.practices[3] as Record<string, unknown>).evidenceLevel = 'PROVEN';
    document.outcomes[1]!.program = 'no-such-programme';
    const result = await importAtlas(orm, readJsonDocument(JSON.stringify(document)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(/^practices\[3\] \(bn-removal-after-sentence\): evidenceLevel: /),
      'outcomes[1]: unknown program "no-such-programme"',
    ]);
    expect(await exportAtlas(orm)).toBe(before);
  });

  it('rejects a translation of an unknown record or in an unknown language, naming it, and writes nothing', async () => {
    const orm = await freshDatabase({ seed: true });
    const before = await exportAtlas(orm);
    const document = JSON.parse(before) as AtlasDocument;
    document.sources[0]!.title = 'A change that must not be written';
    const [first, second] = document.translations as Record<string, unknown>[];
    document.translations[0] = { ...first, key: 'no-such-programme' } as never;
    document.translations[1] = { ...second, language: 'xx' } as never;
    const result = await importAtlas(orm, readJsonDocument(JSON.stringify(document)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^translations\\[1\\] \\(${String(second!.kind)} ${String(second!.key)}\\): language: `),
      ),
      `translations[0] (${String(first!.kind)} no-such-programme): unknown record`,
    ]);
    expect(await exportAtlas(orm)).toBe(before);
  });

  it('imports and exports translations of indicators (by code) and sources (by key)', async () => {
    const orm = await freshDatabase({ seed: true });
    const document = JSON.parse(await exportAtlas(orm)) as AtlasDocument;
    // An indicator whose unit the seed does not translate yet, so that the import creates it.
    const untranslated = document.indicators.find(
      (i) => !document.translations.some((t) => t.kind === 'indicators' && t.key === i.code && t.field === 'unit'),
    )!;
    const translations = [
      {
        kind: 'indicators',
        key: untranslated.code,
        field: 'unit',
        language: 'id',
        origin: 'ATLAS',
        text: 'orang',
      },
      {
        kind: 'sources',
        key: document.sources[0]!.key,
        field: 'title',
        language: 'id',
        origin: 'ATLAS',
        text: 'Judul',
      },
    ];
    const result = await importAtlas(
      orm,
      readJsonDocument(JSON.stringify({ format: 'reintegration-atlas', version: 1, translations })),
    );
    expect(result).toMatchObject({ ok: true, counts: { translations: { created: 2, updated: 0, unchanged: 0 } } });
    const after = JSON.parse(await exportAtlas(orm)) as AtlasDocument;
    expect(after.translations).toEqual(expect.arrayContaining(translations));
    expect(after.translations).toHaveLength(document.translations.length + 2);
  });

  it('accepts references to records already in the database', async () => {
    const orm = await freshDatabase({ seed: true });
    const practice = {
      key: 'db-referencing-practice',
      title: 'A practice of a stored programme',
      summary: 'Refers to a stored country, programme, event and source.',
      body: 'Body.',
      country: 'ID',
      program: 'desmigratif',
      year: 2021,
      themes: ['ENTREPRENEURSHIP'],
      dimensions: ['ECONOMIC'],
      evidenceLevel: 'DOCUMENTED',
      event: 'yogyakarta-2019-reintegration-workshop',
      sources: ['jpnn-2019-reintegration-workshop'],
    };
    const document = { format: 'reintegration-atlas', version: 1, practices: [practice] };
    const result = await importAtlas(orm, readJsonDocument(JSON.stringify(document)));
    expect(result).toMatchObject({ ok: true, counts: { practices: { created: 1, updated: 0, unchanged: 0 } } });
  });

  it('imports practices and then outcomes from CSV', async () => {
    const orm = await freshDatabase({ seed: true });
    const practices = csvOf([
      newPractice('csv-practice-one', { status: '' }),
      newPractice('csv-practice-two', { status: 'DRAFT' }),
    ]);
    const practiceResult = await importAtlas(orm, readImportFile('practices.csv', practices));
    expect(practiceResult).toMatchObject({ ok: true, counts: { practices: { created: 2, updated: 0, unchanged: 0 } } });

    const outcomes = csvOf([
      {
        program: 'desmigratif',
        practice: 'csv-practice-one',
        indicator: 'DESMIGRATIF_VILLAGES_CUMULATIVE',
        year: 2024,
        value: 12,
        sex: '',
        source: 'jpnn-2019-reintegration-workshop',
        note: 'Imported; with a comma',
      },
    ]);
    const outcomeResult = await importAtlas(orm, readImportFile('outcomes.csv', outcomes));
    expect(outcomeResult).toMatchObject({ ok: true, counts: { outcomes: { created: 1 } } });

    const document = JSON.parse(await exportAtlas(orm)) as AtlasDocument;
    expect(document.practices.find((p) => p.key === 'csv-practice-one')).toMatchObject({
      body: 'First paragraph.\n\nSecond paragraph, with a comma, and "quotes".',
      themes: ['ENTREPRENEURSHIP', 'SKILLS_TRAINING'],
      stakeholders: ['GOVERNMENT', 'COMMUNITY'],
      levels: [],
      status: 'PUBLISHED',
    });
    expect(document.practices.find((p) => p.key === 'csv-practice-two')?.status).toBe('DRAFT');
    expect(document.outcomes.find((o) => o.practice === 'csv-practice-one')).toEqual({
      program: 'desmigratif',
      practice: 'csv-practice-one',
      indicator: 'DESMIGRATIF_VILLAGES_CUMULATIVE',
      year: 2024,
      value: 12,
      sex: 'TOTAL',
      source: 'jpnn-2019-reintegration-workshop',
      note: 'Imported; with a comma',
    });
    // The same file again changes nothing.
    expect(await importAtlas(orm, readImportFile('practices.csv', practices))).toMatchObject({
      ok: true,
      counts: { practices: { created: 0, updated: 0, unchanged: 2 } },
    });
  });

  it('rejects a CSV of practices with a bad line, names the line and leaves the database unchanged', async () => {
    const orm = await freshDatabase({ seed: true });
    const before = await exportAtlas(orm);
    // Each record's body spans three lines: records start on lines 2, 5 and 8.
    const csv = csvOf([
      newPractice('csv-good-one'),
      newPractice('csv-good-two'),
      newPractice('csv-bad', { themes: 'ENTREPRENEURSHIP;NOT_A_THEME', country: 'Indonesia' }),
    ]);
    const result = await importAtlas(orm, readImportFile('practices.csv', csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'line 8: country: must be a country code of two capital letters, such as ID or PH',
      expect.stringMatching(/^line 8: themes\.1: Invalid option/),
    ]);
    expect(await exportAtlas(orm)).toBe(before);

    const unknownCountry = await importAtlas(
      orm,
      readImportFile('practices.csv', csvOf([newPractice('csv-x', { country: 'ZZ' })])),
    );
    expect(unknownCountry).toEqual({ ok: false, problems: ['line 2: unknown country "ZZ"'] });
    expect(await exportAtlas(orm)).toBe(before);
  });

  it('reports progress on long imports', async () => {
    const orm = await freshDatabase({ seed: true });
    const rows = Array.from({ length: 2100 }, (_, i) => ({
      program: 'desmigratif',
      indicator: 'DESMIGRATIF_VILLAGES_CUMULATIVE',
      year: 2000 + (i % 25),
      value: i,
      source: 'jpnn-2019-reintegration-workshop',
      note: `Generated figure ${i}`,
    }));
    const progress: string[] = [];
    const result = await importAtlas(orm, readImportFile('outcomes.csv', csvOf(rows)), {
      progress: (line) => progress.push(line),
    });
    expect(result).toMatchObject({ ok: true, counts: { outcomes: { created: 2100 } } });
    expect(progress).toEqual(['imported 1000/2100 outcomes', 'imported 2000/2100 outcomes']);
  });
});
