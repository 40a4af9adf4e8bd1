import fs from 'node:fs';
import path from 'node:path';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AtlasConfig, Dialect } from '../config';
import { ENTITIES, INTERNAL_ENTITIES } from './entities';
import { migrationsFor } from './migrations';
import { AtlasLibSqlDriver, AtlasPostgreSqlDriver } from './prepared-statements';
import { StatementLogger } from './statement-logger';

export type AtlasOrm = MikroORM;

/** PostgreSQL's cost of reading a page out of order, as against 1 in order (its default, 4, is a disk's). */
export const RANDOM_PAGE_COST = 1.1;

export function ormOptions(
  config: Pick<AtlasConfig, 'dialect' | 'database'> & Partial<Pick<AtlasConfig, 'preparedStatements'>>,
): Options {
  const prepared = config.preparedStatements !== false;
  const common: Options = {
    entities: [...Object.values(ENTITIES), ...INTERNAL_ENTITIES],
    dataloader: DataloaderType.ALL,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrationsFor(config.dialect),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    discovery: { disableDynamicFileAccess: true },
    loggerFactory: (options) => new StatementLogger(options),
    // The hand-written FTS5 tables and the change tokens are not the ORM's to diff (nor is PostgreSQL's search column: diff with safe: true).
    schemaGenerator: { skipTables: [/^practice_fts/, 'atlas_change'] },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
  };
  if (config.dialect === 'postgresql') {
    return {
      ...common,
      driver: prepared ? AtlasPostgreSqlDriver : PostgreSqlDriver,
      clientUrl: config.database,
      // The Atlas's tables are read from memory, where PostgreSQL's default page costs (made for
      // disks) have it read every practice's tsvector for a search rather than the matches its
      // index names: the ids of 20,000 matches among 100,000 practices took 700 ms, 57 ms by the index.
      driverOptions: { connection: { options: `-c random_page_cost=${RANDOM_PAGE_COST}` } },
    };
  }
  if (config.database !== ':memory:') fs.mkdirSync(path.dirname(config.database), { recursive: true });
  return { ...common, driver: prepared ? AtlasLibSqlDriver : LibSqlDriver, dbName: config.database };
}

/** The kind of database an ORM is connected to. */
export function dialectOf(orm: AtlasOrm): Dialect {
  return orm.em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/** Opens the database and brings its schema up to date with the migrations. */
export async function openDatabase(
  config: Pick<AtlasConfig, 'dialect' | 'database'> & Partial<Pick<AtlasConfig, 'preparedStatements'>>,
): Promise<AtlasOrm> {
  const orm = await MikroORM.init(ormOptions(config));
  if (config.dialect === 'sqlite') {
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
  }
  await orm.getMigrator().up();
  return orm;
}
