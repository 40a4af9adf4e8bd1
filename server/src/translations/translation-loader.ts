import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Translation } from './translation.entity';

/** A record by type and id, as translations name it. */
export interface RecordKey {
  type: string;
  id: number;
}

/**
 * The translations of each record a request shows, batched: a page of 20 practices asking for
 * `inLanguage` costs one statement, whatever its size (one per kind of record on the page).
 */
export function translationsOf(em: EntityManager): DataLoader<RecordKey, Translation[], string> {
  return new DataLoader(
    async (keys) => {
      const byType = new Map<string, number[]>();
      for (const { type, id } of keys) byType.set(type, [...(byType.get(type) ?? []), id]);
      const found = await em.find(
        Translation,
        { $or: [...byType].map(([recordType, ids]) => ({ recordType, recordId: { $in: ids } })) },
        { orderBy: { field: 'asc', language: 'asc' } },
      );
      const byRecord = new Map<string, Translation[]>();
      for (const translation of found) {
        const key = `${translation.recordType}:${translation.recordId}`;
        byRecord.set(key, [...(byRecord.get(key) ?? []), translation]);
      }
      return keys.map(({ type, id }) => byRecord.get(`${type}:${id}`) ?? []);
    },
    { cacheKeyFn: ({ type, id }) => `${type}:${id}` },
  );
}
