import { OptimisticLockError, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { conflict } from '../graphql/errors';
import { inTransaction } from './in-transaction';

interface Versioned {
  id: number;
  version: number;
}

/** CONFLICT unless the record is still at the version the change was based on. */
export function checkVersion(typeName: string, record: Versioned, expectedVersion: number): void {
  if (record.version !== expectedVersion) throw conflict(typeName, expectedVersion, record.version);
}

/**
 * Runs a change to a versioned record in one transaction. `checkVersion` catches a stale version
 * read before the change; MikroORM's version condition on the UPDATE catches one that a concurrent
 * change made stale since, which becomes the same CONFLICT, with the version now stored.
 */
export async function transactionalVersioned<E extends Versioned, T>(
  em: EntityManager,
  record: { entity: EntityClass<E>; typeName: string; expectedVersion: number | null },
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await inTransaction(em, work);
  } catch (error) {
    if (!(error instanceof OptimisticLockError) || !(error.entity instanceof record.entity)) throw error;
    const stale = error.entity as E;
    const expected = record.expectedVersion ?? stale.version;
    const current = await em
      .fork()
      .findOne(record.entity, { id: stale.id } as FilterQuery<E>, { fields: ['version'] as never });
    throw conflict(record.typeName, expected, current?.version ?? expected);
  }
}
