import type { EntityManager } from '@mikro-orm/knex';

/**
 * The change token of practices and programmes (migration 140000, `…_facet_changes` in each
 * dialect's migrations): triggers move it on every write to `practice` or `program`, by any
 * instance or the CLI. One primary-key lookup.
 */
export async function practiceChangeToken(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ token: number | string }[]>(
    em.getKnex().from('atlas_change').select('token').where('name', 'practice_facets'),
  );
  return String(row?.token);
}
