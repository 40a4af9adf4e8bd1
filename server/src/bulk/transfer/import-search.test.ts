import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/knex';
import { ANONYMOUS } from '../../access/viewer';
import { openDatabase, dialectOf, type AtlasOrm } from '../../db/orm';
import { createTestDatabase } from '../../db/test-database';
import { searchPractices } from '../../practices/practice-search';
import { seedIfEmpty } from '../seed/seed';
import { generateSynthetic } from '../synthetic/generate';
import { exportAtlas } from './export';
import { importAtlas } from './import';
import { readJsonDocument } from './read-input';

const opened: { orm: AtlasOrm; drop(): Promise<void> }[] = [];

async function freshDatabase(options: { seed: boolean }): Promise<AtlasOrm> {
  const database = await createTestDatabase();
  const orm = await openDatabase(database.config);
  opened.push({ orm, drop: database.drop });
  if (options.seed) await seedIfEmpty(orm);
  return orm;
}

afterAll(async () => {
  for (const { orm, drop } of opened) {
    await orm.close();
    await drop();
  }
});

/** Words of one, several and no practices, whole and as prefixes, alone and together. */
const SEARCHES = ['entrepreneur', 'reintegration', 'returnee', 'train', 'migrant worker', 'village savings', 'zzz'];

/** Each search's practices, best first, with their totals: what a reader of the results sees. */
async function searchResults(orm: AtlasOrm): Promise<{ text: string; total: number; titles: string[] }[]> {
  const results = [];
  for (const text of SEARCHES) {
    const page = await searchPractices(orm.em.fork() as EntityManager, dialectOf(orm), ANONYMOUS, {
      filter: { text },
      first: 100,
    });
    results.push({ text, total: await page.totalCount, titles: page.nodes.map((p) => p.title) });
  }
  return results;
}

describe('import of many practices', () => {
  let exported: string;

  beforeAll(async () => {
    const source = await freshDatabase({ seed: true });
    await generateSynthetic(source, dialectOf(source), { programs: 20, practices: 1500, outcomes: 1000, seed: 3 });
    exported = await exportAtlas(source);
  });

  it('finds and ranks the imported practices as it does practices whose texts were written one at a time', async () => {
    const imported = await freshDatabase({ seed: false });
    expect((await importAtlas(imported, readJsonDocument(exported))).ok).toBe(true);
    const afterImport = await searchResults(imported);
    expect(afterImport.find((r) => r.text === 'entrepreneur')!.total).toBeGreaterThan(10);

    // Every practice's texts written again, one row at a time, as an editor's change writes them.
    await imported.em
      .fork()
      .getConnection()
      .execute('update practice set title = title, summary = summary, body = body');
    expect(await searchResults(imported)).toEqual(afterImport);
  });

  it('leaves the database as it was when the import fails after writing its practices', async () => {
    const orm = await freshDatabase({ seed: true });
    const before = await exportAtlas(orm);
    const found = await searchResults(orm);
    const failing = importAtlas(orm, readJsonDocument(exported), {
      progress: (line) => {
        if (line.includes('outcomes')) throw new Error('the connection dropped');
      },
    });
    await expect(failing).rejects.toThrow('the connection dropped');
    expect(await exportAtlas(orm)).toBe(before);
    expect(await searchResults(orm)).toEqual(found);
  });
});
