import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { readInOrder } from '../../db/read-model';
import { RelatedRecords } from '../../db/related-records';
import type { DownloadContext } from './table';

/** Records read per statement: memory stays flat however many match. */
const PAGE_SIZE = 500;

/**
 * The records of `entity` whose ids `ids` lists (in the order to write), each made into a
 * download's record by `view`. The ids are listed in one statement (small even for 100,000 records); the records are then read PAGE_SIZE at a time, read-only
 * (db/read-model.ts), and `view` follows their relations through a `RelatedRecords` of the page
 * and the viewer: one statement per relation a page, and the API's read rules (`readable`).
 */
export async function* recordPages<T extends object, R>(
  { orm, viewer }: DownloadContext,
  entity: EntityClass<T>,
  ids: (em: EntityManager) => Promise<number[]>,
  view: (record: T, related: RelatedRecords) => Promise<R>,
): AsyncGenerator<R> {
  const em = orm.em.fork() as EntityManager;
  const all = await ids(em);
  for (let start = 0; start < all.length; start += PAGE_SIZE) {
    const page = orm.em.fork() as EntityManager;
    const records = await readInOrder(page, entity, all.slice(start, start + PAGE_SIZE));
    const related = new RelatedRecords(page, viewer);
    yield* await Promise.all(records.map((record) => view(record, related)));
  }
}

/** The ids a query selects (`select id from … order by …`), for `recordPages`. */
export function idsOf(query: (knex: Knex) => Knex.QueryBuilder): (em: EntityManager) => Promise<number[]> {
  return async (em) => (await em.execute<{ id: number | string }[]>(query(em.getKnex()))).map((row) => Number(row.id));
}
