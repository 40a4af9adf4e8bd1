import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { readableOnly } from './related-records';
import type { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID, notAnIdOf } from '../graphql/global-id';

/** A reference to a stored record in a mutation input: its global ID and where it stands in the input. */
export interface Reference {
  path: string;
  globalId: string;
}

/**
 * Loads the records behind global IDs of one type in one query. Each ID that is not of this type,
 * or names no stored record, is added to `problems` at its path; the found ones come back by global ID.
 * With `readableBy` (the input's author; inputs open to contributors pass it), a record the author
 * may not read is reported as missing, exactly as one that does not exist.
 */
export async function loadReferences<E extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<E>,
  references: Reference[],
  problems: InputProblems,
  noun: string,
  readableBy?: Viewer,
): Promise<Map<string, E>> {
  const ids = new Map<string, number>();
  for (const { path, globalId } of references) {
    const decoded = fromGlobalId(globalId);
    if (decoded?.typeName === entity.name) ids.set(globalId, decoded.id);
    else problems.add(path, notAnIdOf(entity.name), NOT_A_GLOBAL_ID, { type: entity.name });
  }
  const wanted: FilterQuery<{ id: number }> = { id: { $in: [...new Set(ids.values())] } };
  const found = ids.size ? await em.find(entity, wanted as FilterQuery<E>) : [];
  const rows = readableBy ? await readableOnly(em, readableBy, entity, found) : found;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byGlobalId = new Map<string, E>();
  for (const { path, globalId } of references) {
    const id = ids.get(globalId);
    if (id === undefined) continue;
    const row = byId.get(id);
    if (row) byGlobalId.set(globalId, row);
    else problems.add(path, `no such ${noun}`, 'NOT_FOUND', { type: entity.name });
  }
  return byGlobalId;
}
