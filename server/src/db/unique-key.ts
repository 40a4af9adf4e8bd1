import { KEY_MAX_LENGTH } from '@atlas/shared';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

/** A lowercase slug of a name or title (`Desa Migran Produktif` → `desa-migran-produktif`). */
export function slugOf(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd') // Vietnamese đ is a letter of its own, not d with a combining mark
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, KEY_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** The slug of `text`, made unique in the table by a numeric suffix (`nrco`, `nrco-2`, …). */
export async function uniqueKey<E extends { key: string }>(
  em: EntityManager,
  entity: EntityClass<E>,
  text: string,
  fallback: string,
): Promise<string> {
  const base = slugOf(text, fallback);
  const rows = await em.find(entity, { key: { $like: `${base}%` } } as FilterQuery<E>, {
    fields: ['key'] as never,
  });
  const taken = new Set(rows.map((row) => row.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
