import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { ANONYMOUS } from '../../access/viewer';
import type { Dialect } from '../../config';
import { openDatabase, type AtlasOrm } from '../../db/orm';
import { searchPractices } from '../../practices/practice-search';
import { loadSeed } from '../seed/load-seed';
import { seedIfEmpty } from '../seed/seed';
import { createTestDatabase } from '../../db/test-database';
import type { AtlasDocument } from '../transfer/document';
import { exportAtlas } from '../transfer/export';
import { importAtlas } from '../transfer/import';
import { readJsonDocument } from '../transfer/read-input';
import { THEMES } from '../../vocabularies';
import { generateSynthetic, SyntheticDataExists, type GenerateOptions } from './generate';
import { SYNTHETIC_KEY_PREFIX, SYNTHETIC_OUTCOME_NOTE, SYNTHETIC_SOURCE } from './synthetic-labels';

const OPTIONS: GenerateOptions = { programs: 20, practices: 500, outcomes: 2000, seed: 7 };
const SYNTHETIC_TITLE = /^\[Synthetic\] /;

interface Database {
  orm: AtlasOrm;
  dialect: Dialect;
}

const opened: { orm: AtlasOrm; drop(): Promise<void> }[] = [];

async function freshDatabase(options: { seed: boolean }): Promise<Database> {
  const database = await createTestDatabase();
  const orm = await openDatabase(database.config);
  opened.push({ orm, drop: database.drop });
  if (options.seed) await seedIfEmpty(orm);
  return { orm, dialect: database.config.dialect };
}

afterAll(async () => {
  for (const { orm, drop } of opened) {
    await orm.close();
    await drop();
  }
});

const em = (db: Database) => db.orm.em.fork() as EntityManager;

async function rows<T>(db: Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return em(db).getConnection().execute<T[]>(sql, params);
}

async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ n: number | string }>(db, sql, params);
  return Number(row?.n);
}

/** An export without the synthetic records: what the real dataset looks like. */
function withoutSynthetic(document: AtlasDocument): AtlasDocument {
  const synthetic = (key: string | undefined) => key?.startsWith(SYNTHETIC_KEY_PREFIX) ?? false;
  return {
    ...document,
    sources: document.sources.filter((s) => !synthetic(s.key)),
    programs: document.programs.filter((p) => !synthetic(p.key)),
    practices: document.practices.filter((p) => !synthetic(p.key)),
    outcomes: document.outcomes.filter((o) => !synthetic(o.source)),
  };
}

describe('pnpm cli generate: synthetic load-test data', () => {
  let db: Database;
  let realExport: string;
  let syntheticExport: string;
  let progress: string[];

  beforeAll(async () => {
    db = await freshDatabase({ seed: true });
    realExport = await exportAtlas(db.orm);
    progress = [];
    const result = await generateSynthetic(db.orm, db.dialect, { ...OPTIONS, progress: (line) => progress.push(line) });
    expect(result.created).toEqual({ programs: 20, practices: 500, outcomes: 2000 });
    expect(result.removed).toBeNull();
    syntheticExport = await exportAtlas(db.orm);
  });

  it('adds exactly the records asked for, and reports progress', async () => {
    expect(await count(db, `select count(*) as n from program where key like 'synthetic-%'`)).toBe(20);
    expect(await count(db, `select count(*) as n from practice where key like 'synthetic-%'`)).toBe(500);
    const document = JSON.parse(syntheticExport) as AtlasDocument;
    expect(document.outcomes.filter((o) => o.source === SYNTHETIC_SOURCE.key)).toHaveLength(2000);
    expect(progress.at(-1)).toMatch(/^generated 2000\/2000 outcomes \(\d+\.\d s\)$/);
    expect(progress).toContainEqual(expect.stringMatching(/^generated 500\/500 practices/));
  });

  it('labels every synthetic record as such in its own fields', () => {
    const document = JSON.parse(syntheticExport) as AtlasDocument;
    const source = document.sources.find((s) => s.key === SYNTHETIC_SOURCE.key);
    expect(source).toMatchObject({ title: SYNTHETIC_SOURCE.title, url: 'https://atlas.invalid/synthetic' });
    const programs = document.programs.filter((p) => p.key.startsWith(SYNTHETIC_KEY_PREFIX));
    const practices = document.practices.filter((p) => p.key.startsWith(SYNTHETIC_KEY_PREFIX));
    const outcomes = document.outcomes.filter((o) => o.source === SYNTHETIC_SOURCE.key);
    for (const program of programs) {
      expect(program.name).toMatch(SYNTHETIC_TITLE);
      expect(program.sources).toEqual([SYNTHETIC_SOURCE.key]);
    }
    for (const practice of practices) {
      expect(practice.title).toMatch(SYNTHETIC_TITLE);
      expect(practice.body).toMatch(
        /Synthetic record syn[0-9a-z]{6}: generated for load tests, not a real practice\.$/,
      );
      expect(practice.sources).toEqual([SYNTHETIC_SOURCE.key]);
      if (practice.program) expect(practice.program).toMatch(/^synthetic-program-\d+$/);
    }
    const programOf = new Map(practices.map((p) => [p.key, p.program]));
    for (const outcome of outcomes) {
      expect(outcome.program).toMatch(/^synthetic-program-\d+$/);
      expect(outcome.note).toBe(SYNTHETIC_OUTCOME_NOTE);
      if (outcome.practice) expect(programOf.get(outcome.practice)).toBe(outcome.program);
    }
    // Real records do not point at synthetic ones, and only synthetic records cite the synthetic source.
    const real = withoutSynthetic(document);
    expect(JSON.stringify(real)).not.toContain(SYNTHETIC_KEY_PREFIX);
    expect(new Set(practices.map((p) => p.status))).toEqual(new Set(['PUBLISHED', 'IN_REVIEW', 'DRAFT']));
    expect(practices.filter((p) => p.status === 'PUBLISHED').length).toBeGreaterThan(400);
    expect(outcomes.some((o) => o.practice)).toBe(true);
    expect(new Set(practices.map((p) => p.country)).size).toBe(11);
  });

  it('leaves the real records exactly as they were', () => {
    expect(withoutSynthetic(JSON.parse(syntheticExport) as AtlasDocument)).toEqual(
      JSON.parse(realExport) as AtlasDocument,
    );
  });

  it('is found by full-text search, by a word of its body', async () => {
    const [practice] = await rows<{ id: number; body: string }>(
      db,
      `select id, body from practice where key like 'synthetic-%' and status = 'PUBLISHED' order by key limit 1`,
    );
    const reference = /Synthetic record (syn[0-9a-z]{6})/.exec(practice!.body)![1]!;
    const byReference = await searchPractices(em(db), db.dialect, ANONYMOUS, { filter: { text: reference } });
    expect(byReference.nodes.map((p) => p.id)).toContain(Number(practice!.id));

    const word = practice!.body
      .split(/\W+/)
      .find((w) => w.length > 6)!
      .toLowerCase();
    const byWord = await searchPractices(em(db), db.dialect, ANONYMOUS, { filter: { text: word }, first: 100 });
    expect(await byWord.totalCount).toBeGreaterThan(1);
    expect(byWord.nodes.some((p) => SYNTHETIC_TITLE.test(p.title))).toBe(true);
  });

  it('is counted by the facets', async () => {
    const page = await searchPractices(em(db), db.dialect, ANONYMOUS, { withFacets: true });
    const published = await count(db, `select count(*) as n from practice where status = 'PUBLISHED'`);
    const syntheticPublished = await count(
      db,
      `select count(*) as n from practice where status = 'PUBLISHED' and key like 'synthetic-%'`,
    );
    expect(syntheticPublished).toBeGreaterThan(400);
    expect(await page.totalCount).toBe(published);
    const facets = await page.facets;
    expect(facets.countries.reduce((sum, c) => sum + c.count, 0)).toBe(published);
    for (const [bit, theme] of THEMES.entries()) {
      const expected = await count(
        db,
        `select count(*) as n from practice where status = 'PUBLISHED' and (themes & ${1 << bit}) <> 0`,
      );
      expect(facets.themes.find((t) => t.value === theme)?.count).toBe(expected);
    }
    expect(facets.allPrograms.first(Infinity).some((p) => p.label.startsWith('[Synthetic] '))).toBe(true);
  });

  it('generates the same records for the same seed, other records for another', async () => {
    const again = await freshDatabase({ seed: true });
    await generateSynthetic(again.orm, again.dialect, OPTIONS);
    expect(await exportAtlas(again.orm)).toBe(syntheticExport);

    const other = await freshDatabase({ seed: true });
    await generateSynthetic(other.orm, other.dialect, { ...OPTIONS, seed: 8 });
    expect(await exportAtlas(other.orm)).not.toBe(syntheticExport);
  });

  it('exports what the importer accepts: export, import into an empty database, export again is identical', async () => {
    const empty = await freshDatabase({ seed: false });
    const result = await importAtlas(empty.orm, readJsonDocument(syntheticExport));
    // The real seed's records and the synthetic ones.
    const seed = loadSeed();
    expect(result).toMatchObject({
      ok: true,
      counts: {
        practices: { created: seed.practices.length + OPTIONS.practices },
        outcomes: { created: seed.outcomes.length + OPTIONS.outcomes },
      },
    });
    expect(await exportAtlas(empty.orm)).toBe(syntheticExport);
  });

  it('refuses to generate twice, and replaces the synthetic records with --replace', async () => {
    await expect(generateSynthetic(db.orm, db.dialect, OPTIONS)).rejects.toThrow(SyntheticDataExists);
    const result = await generateSynthetic(db.orm, db.dialect, { ...OPTIONS, replace: true });
    expect(result.removed).toEqual({ programs: 20, practices: 500, outcomes: 2000 });
    expect(await exportAtlas(db.orm)).toBe(syntheticExport);
  });

  it('refuses more outcomes than the programmes can hold, and writes nothing', async () => {
    const fresh = await freshDatabase({ seed: true });
    const before = await exportAtlas(fresh.orm);
    await expect(
      generateSynthetic(fresh.orm, fresh.dialect, { programs: 1, practices: 10, outcomes: 1_000_000, seed: 1 }),
    ).rejects.toThrow(RangeError);
    expect(await exportAtlas(fresh.orm)).toBe(before);
  });
});
