import type { EntityManager } from '@mikro-orm/knex';
import type { EntityClass } from '@mikro-orm/core';

/** Loads entities by id in one statement, returned in the order of `ids` (the order a SQL page chose). */
export async function hydrateInOrder<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: number[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const found = (await em.find(entity, { id: { $in: ids } } as never)) as T[];
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}
