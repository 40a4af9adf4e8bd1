import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { EntityClass } from '@mikro-orm/core';
import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../../test-support/test-database';
import { countStatements } from './statement-logger';
import { ENTITIES } from './entities';
import { readPlan } from './read-model';

const db = useTestDatabase({ seed: true });

/**
 * Runs `read` twice: as a prepared read (MikroORM's own `execute`, which the prepared connection
 * extends, is not called), and inside a transaction, where MikroORM's own `execute` runs it.
 */
async function bothWays<T>(read: (em: EntityManager) => Promise<T>): Promise<{ prepared: T; ormOwn: T }> {
  const em = db.orm.em.fork() as EntityManager;
  const connection = em.getConnection();
  const ormExecute = vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(connection)) as typeof connection, 'execute');
  try {
    const prepared = await read(em);
    expect(ormExecute).not.toHaveBeenCalled();
    const ormOwn = await em.transactional((inTransaction) => read(inTransaction as EntityManager));
    expect(ormExecute).toHaveBeenCalled();
    return { prepared, ormOwn };
  } finally {
    ormExecute.mockRestore();
  }
}

describe('reads through prepared statements answer as MikroORM’s own execute does', () => {
  it.each(Object.entries(ENTITIES))('every row and column of %s', async (_name, entity) => {
    const { prepared, ormOwn } = await bothWays((em) => {
      const plan = readPlan(em, entity as EntityClass<object>);
      return em.execute(em.getKnex().from(plan.table).select(plan.columns).orderBy('id'));
    });
    expect(prepared).toEqual(ormOwn);
  });

  it('with values of every kind bound: numbers, texts, booleans, lists, and none', async () => {
    const queries: ((knex: Knex) => Knex.QueryBuilder | Knex.Raw)[] = [
      (knex) => knex.from('practice').select('id', 'title').whereIn('id', [1, 2, 3, 99_999]).orderBy('id'),
      (knex) =>
        knex.from('practice').select('id').where('status', 'PUBLISHED').andWhere('year', '>=', 2015).orderBy('id'),
      (knex) => knex.from('source').select('id', 'url').where('weak', true).orderBy('id'),
      (knex) => knex.from('source').select('id').whereLike('title', '%Migrant%').orderBy('id').limit(5).offset(2),
      (knex) => knex.raw('select count(*) as n from country where code in (?, ?)', ['ID', 'PH']),
      (knex) => knex.from('country').count({ n: '*' }),
    ];
    for (const query of queries) {
      const { prepared, ormOwn } = await bothWays(async (em) => {
        const result = await em.execute<Record<string, unknown>[] | { rows: Record<string, unknown>[] }>(
          query(em.getKnex()),
        );
        return Array.isArray(result) ? result : result.rows;
      });
      expect(prepared.length).toBeGreaterThan(0);
      expect(prepared).toEqual(ormOwn);
    }
  });

  it('logs every statement it runs, as MikroORM does', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const { statements } = await countStatements(async () => {
      for (let i = 0; i < 3; i += 1) await em.execute(em.getKnex().from('country').select('id').where('code', 'ID'));
    });
    expect(statements).toHaveLength(3);
  });

  it('leaves writes and reads inside a transaction to MikroORM: a transaction reads its own writes', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const before = await em.execute<{ summary: string }[]>(
      em.getKnex().from('country').select('summary').where('code', 'SG'),
    );
    const seen = await em
      .transactional(async (inTransaction) => {
        await inTransaction.execute(
          inTransaction.getKnex()('country').update({ summary: 'Rolled back' }).where('code', 'SG'),
        );
        const read = await inTransaction.execute<{ summary: string }[]>(
          inTransaction.getKnex().from('country').select('summary').where('code', 'SG'),
        );
        throw Object.assign(new Error('roll back'), { read });
      })
      .catch((error: { read: { summary: string }[] }) => error.read);
    expect(seen).toEqual([{ summary: 'Rolled back' }]);
    const after = await em.execute<{ summary: string }[]>(
      em.getKnex().from('country').select('summary').where('code', 'SG'),
    );
    expect(after).toEqual(before);
  });
});
