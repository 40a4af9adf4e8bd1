import { DefaultLogger, type LogContext } from '@mikro-orm/core';

type Listener = (sql: string) => void;
const listeners = new Set<Listener>();

/**
 * MikroORM's logger, also told of every SQL statement even with debug off: lets a test count the
 * statements a request costs (`countStatements`).
 */
export class StatementLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    for (const listener of listeners) listener(context.query);
    super.logQuery(context);
  }
}

/** Runs `work` and returns the SQL statements issued meanwhile, along with its result. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const listener: Listener = (sql) => statements.push(sql);
  listeners.add(listener);
  try {
    return { result: await work(), statements };
  } finally {
    listeners.delete(listener);
  }
}
