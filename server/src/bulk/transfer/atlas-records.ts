import type { EntityManager } from '@mikro-orm/knex';
import type { SeedFileName } from '../seed/seed-schema';
import { TRANSFER_KINDS } from './document';
import { recordKindOf, type EntityOf } from './record-kinds';

/** Every stored record of the dataset, with what its record in the export format needs loaded. */
export type StoredAtlas = { [K in SeedFileName]: EntityOf<K>[] };

export async function loadStoredAtlas(em: EntityManager): Promise<StoredAtlas> {
  const stored: Partial<StoredAtlas> = {};
  for (const kind of TRANSFER_KINDS) {
    const { entity, populate } = recordKindOf(kind);
    (stored as Record<SeedFileName, unknown[]>)[kind] = await em.find(entity, {}, { populate: populate as never });
  }
  return stored as StoredAtlas;
}
