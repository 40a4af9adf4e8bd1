import type { Knex } from '@mikro-orm/knex';
import type { Dialect } from '../config';

/** Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's 16-bit count. */
const MAX_PARAMETERS: Record<Dialect, number> = { sqlite: 32766, postgresql: 65535 };

export type Row = readonly unknown[];

/** Runs one statement; `returning`: the statement returns rows, which are wanted. */
type Execute = (sql: string, values: unknown[], returning: boolean) => Promise<unknown[]>;

/**
 * Multi-row INSERTs with bound parameters in an open transaction, as many rows per statement as
 * the database takes: the ORM's unit of work costs far more per row than the database does.
 */
export class BulkInsert {
  private readonly placeholders = new Map<string, string>();

  private constructor(
    readonly dialect: Dialect,
    private readonly execute: Execute,
  ) {}

  static async open(trx: Knex.Transaction, dialect: Dialect): Promise<BulkInsert> {
    return new BulkInsert(dialect, dialect === 'sqlite' ? await sqliteStatements(trx) : knexStatements(trx));
  }

  /** Rows of `columns` values that fit in one statement (at most `cap`). */
  rowsPerStatement(columns: number, cap = Number.POSITIVE_INFINITY): number {
    return Math.min(cap, Math.floor(MAX_PARAMETERS[this.dialect] / columns));
  }

  async insert(table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
    await this.run(table, columns, rows, []);
  }

  /** Inserts and returns the given columns of the new rows (in no guaranteed order). */
  async insertReturning<R>(
    table: string,
    columns: readonly string[],
    rows: readonly Row[],
    returning: readonly string[],
  ): Promise<R[]> {
    return (await this.run(table, columns, rows, returning)) as R[];
  }

  /** A timestamp as the ORM stores it: epoch milliseconds on SQLite, timestamptz on PostgreSQL. */
  datetime(date: Date): number | string {
    return this.dialect === 'sqlite' ? date.getTime() : date.toISOString();
  }

  private async run(
    table: string,
    columns: readonly string[],
    rows: readonly Row[],
    returning: readonly string[],
  ): Promise<unknown[]> {
    const results: unknown[] = [];
    const tail = returning.length > 0 ? ` returning ${returning.map(quoted).join(', ')}` : '';
    const size = this.rowsPerStatement(columns.length);
    for (let start = 0; start < rows.length; start += size) {
      const batch = rows.slice(start, start + size);
      const sql = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ${this.values(columns.length, batch.length)}${tail}`;
      const values = this.dialect === 'sqlite' ? batch.flat().map(sqliteValue) : batch.flat();
      const returned = await this.execute(sql, values, tail !== '');
      for (const row of returned) results.push(row);
    }
    return results;
  }

  private values(columns: number, rows: number): string {
    const id = `${columns}x${rows}`;
    let text = this.placeholders.get(id);
    if (!text) {
      const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
      text = Array.from({ length: rows }, () => row).join(', ');
      this.placeholders.set(id, text);
    }
    return text;
  }
}

/** libsql binds no booleans (it panics): stored as SQLite stores them, 1 and 0, as the ORM writes them. */
function sqliteValue(value: unknown): unknown {
  return typeof value === 'boolean' ? Number(value) : value;
}

function quoted(identifier: string): string {
  return `"${identifier}"`;
}

/** PostgreSQL: knex's raw statements (the server's work dominates: parsing is a small part). */
function knexStatements(trx: Knex.Transaction): Execute {
  return async (sql, values, returning) => {
    const result = (await trx.raw(sql, values as Knex.RawBinding[])) as { rows?: unknown[] };
    return returning ? (result.rows ?? []) : [];
  };
}

/** The parts of libsql's connection (better-sqlite3's API) used here. */
interface SqliteConnection {
  prepare(sql: string): { run(values: unknown[]): unknown; all(values: unknown[]): unknown[] };
}

/**
 * SQLite: statements prepared once on the transaction's own connection and run for every full
 * batch. Through knex, each batch would be parsed again (tens of thousands of placeholders), and
 * the native statements would pile up until garbage collection: a third of the time, and
 * hundreds of megabytes.
 */
async function sqliteStatements(trx: Knex.Transaction): Promise<Execute> {
  const client = trx.client as { acquireConnection(): Promise<SqliteConnection> };
  const connection = await client.acquireConnection();
  const prepared = new Map<string, ReturnType<SqliteConnection['prepare']>>();
  return async (sql, values, returning) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      prepared.set(sql, statement);
    }
    if (returning) return statement.all(values);
    statement.run(values);
    return [];
  };
}

/**
 * Runs a bulk load with a larger SQLite page cache: the default (2 MB) turns index inserts into
 * reads from the operating system once the indexes outgrow it; 128 MB for the load's duration
 * makes it about a fifth faster. PostgreSQL's shared buffers are the server's business.
 */
export async function withLargeCache<T>(trx: Knex.Transaction, dialect: Dialect, work: () => Promise<T>): Promise<T> {
  if (dialect !== 'sqlite') return work();
  const [setting] = (await trx.raw('pragma cache_size')) as { cache_size: number }[];
  await trx.raw('pragma cache_size = -131072');
  try {
    return await work();
  } finally {
    await trx.raw(`pragma cache_size = ${Number(setting?.cache_size ?? -2000)}`);
  }
}
