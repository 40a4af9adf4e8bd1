import { createHash } from 'node:crypto';
import type { Configuration, LoggingOptions, Transaction } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { LibSqlConnection, LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';

/**
 * Reads run as prepared statements with their values bound, each statement prepared once and
 * reused by every request that runs the same SQL. MikroORM's `execute` writes each value into the
 * SQL text (`… where id in (12, 15)`), so every read was a statement the database had never seen:
 * SQLite parsed and planned it anew, libsql prepared it anew, and PostgreSQL did the same.
 *
 * Only plain reads outside a transaction take this way (a `select` or `with`, asking for rows);
 * writes, transactions and migrations keep MikroORM's own. Every statement is still logged, as
 * MikroORM logs it (the statement counts of the tests read that log).
 */
const READ = /^\s*(select|with)\b/i;

/** Statements kept prepared per SQLite connection; the texts differ with the length of `in (…)` lists. */
const SQLITE_STATEMENTS = 500;
/** Texts that get a PostgreSQL named statement (kept by every pooled connection that runs one). */
const POSTGRESQL_NAMED = 2_000;

type Query = string | Knex.QueryBuilder | Knex.Raw;
type Method = 'all' | 'get' | 'run';

interface Read {
  sql: string;
  bindings: readonly unknown[];
}

/** The read as SQL with `?` placeholders and its values, or null where MikroORM's way applies. */
function readOf(query: Query, params: readonly unknown[], method: Method, ctx: Transaction | undefined): Read | null {
  if (ctx || method !== 'all') return null;
  if (typeof query === 'string') {
    if (query.includes('??') || !READ.test(query)) return null;
    return { sql: query, bindings: params };
  }
  if ((query as { client?: { transacting?: boolean } }).client?.transacting) return null;
  const { sql, bindings } = query.toSQL();
  return READ.test(sql) ? { sql, bindings } : null;
}

/**
 * Runs `read` on a connection of the pool, logged as MikroORM logs every statement: `run` holds
 * only what differs between the databases, the statement itself.
 */
async function runPreparedRead<T>(
  orm: { ensureConnection(): Promise<void>; getKnex(): Knex },
  executeQuery: (
    sql: string,
    run: () => Promise<T>,
    context: LoggingOptions & { query: string; params: unknown[] },
  ) => Promise<T>,
  read: Read,
  loggerContext: LoggingOptions | undefined,
  run: (connection: unknown) => Promise<T> | T,
): Promise<T> {
  await orm.ensureConnection();
  const client = orm.getKnex().client as Knex.Client;
  return executeQuery(
    read.sql,
    async () => {
      const connection: unknown = await client.acquireConnection();
      try {
        return await run(connection);
      } finally {
        await client.releaseConnection(connection);
      }
    },
    { query: read.sql, params: read.bindings as unknown[], ...loggerContext },
  );
}

interface SqliteStatement {
  all(bindings: unknown[]): Record<string, unknown>[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

export class PreparedLibSqlConnection extends LibSqlConnection {
  private readonly statements = new WeakMap<object, LRUCache<string, SqliteStatement>>();

  override async execute<T>(
    query: Query,
    params: readonly unknown[] = [],
    method: Method = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const read = readOf(query, params, method, ctx);
    if (!read) return super.execute(query as string, params as unknown[], method, ctx, loggerContext) as Promise<T>;
    return runPreparedRead<T>(this, this.executeQuery.bind(this), read, loggerContext, (connection) => {
      let statements = this.statements.get(connection as object);
      if (!statements) {
        statements = new LRUCache({ max: SQLITE_STATEMENTS });
        this.statements.set(connection as object, statements);
      }
      let statement = statements.get(read.sql);
      if (!statement) {
        statement = (connection as SqliteConnection).prepare(read.sql);
        statements.set(read.sql, statement);
      }
      return statement.all(read.bindings.map(sqliteValue)) as T;
    });
  }
}

/** What SQLite stores for a value, as knex's SQLite client binds it. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.valueOf();
  if (typeof value === 'boolean') return Number(value);
  return value;
}

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

export class PreparedPostgreSqlConnection extends PostgreSqlConnection {
  private readonly names = new Map<string, string>();
  private readonly native = new LRUCache<string, string>({ max: POSTGRESQL_NAMED });

  override async execute<T>(
    query: Query,
    params: readonly unknown[] = [],
    method: Method = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const read = readOf(query, params, method, ctx);
    if (!read) return super.execute(query as string, params as unknown[], method, ctx, loggerContext) as Promise<T>;
    return runPreparedRead<T>(this, this.executeQuery.bind(this), read, loggerContext, async (connection) => {
      let text = this.native.get(read.sql);
      if (text === undefined) {
        text = this.getKnex()
          .raw(read.sql, read.bindings as Knex.RawBinding[])
          .toSQL()
          .toNative().sql;
        this.native.set(read.sql, text);
      }
      const name = this.nameOf(text);
      const result = await (connection as PgConnection).query({
        ...(name && { name }),
        text,
        values: read.bindings as unknown[],
      });
      return result.rows as T;
    });
  }

  /** A name for the statement's text: the first texts seen get one, the rest run unnamed. */
  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < POSTGRESQL_NAMED) {
      name = `atlas_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return name;
  }
}

/** MikroORM's libsql driver, reading through prepared statements. */
export class AtlasLibSqlDriver extends LibSqlDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, { connection: new PreparedLibSqlConnection(this.config) });
  }
}

/** MikroORM's PostgreSQL driver, reading through named prepared statements. */
export class AtlasPostgreSqlDriver extends PostgreSqlDriver {
  constructor(config: Configuration) {
    super(config);
    Object.assign(this, { connection: new PreparedPostgreSqlConnection(this.config) });
  }
}
