import type { EntityManager } from '@mikro-orm/knex';

/** Runs `work` in one transaction, handing it the transaction's EntityManager as the knex one it is. */
export function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional((tx) => work(tx as EntityManager));
}
