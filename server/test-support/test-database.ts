import type { EntityManager, Knex } from '@mikro-orm/knex';
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../src/config';
import { openDatabase, type AtlasOrm } from '../src/db/orm';
import { seedIfEmpty } from '../src/bulk/seed/seed';
import { generateSynthetic, type GenerateOptions } from '../src/bulk/synthetic/generate';
import { createTestDatabase } from '../src/db/test-database';

export interface TestDatabase {
  orm: AtlasOrm;
  dialect: Dialect;
  knex: Knex;
}

interface TestDatabaseOptions {
  /** Fill it with the real seed. */
  seed?: boolean;
  /** Add synthetic records in bulk (after the seed), for the tests of query plans and counts at size. */
  synthetic?: Pick<GenerateOptions, 'programs' | 'practices' | 'outcomes' | 'seed'>;
  /** Fresh statistics, as autovacuum would leave after a bulk load (and PostgreSQL's GIN pending list merged). */
  analyze?: boolean;
}

/**
 * A throwaway database (no server) for the file (or `describe`) that calls it: opened before its
 * tests, dropped after them. Its fields are set by `beforeAll`, so they are read inside tests and hooks.
 */
export function useTestDatabase({ seed = false, synthetic, analyze = false }: TestDatabaseOptions = {}): TestDatabase {
  const opened = {} as TestDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    opened.dialect = database.config.dialect;
    opened.orm = await openDatabase(database.config);
    if (seed || synthetic) await seedIfEmpty(opened.orm);
    if (synthetic) await generateSynthetic(opened.orm, opened.dialect, synthetic);
    opened.knex = (opened.orm.em.fork() as EntityManager).getKnex();
    if (analyze) await opened.knex.raw(opened.dialect === 'postgresql' ? 'vacuum analyze' : 'analyze');
  }, 120_000);
  afterAll(async () => {
    await opened.orm.close();
    await drop();
  });
  return opened;
}
