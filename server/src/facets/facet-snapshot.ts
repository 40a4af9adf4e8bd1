import type { EntityManager } from '@mikro-orm/knex';
import { FACET_ROW_COLUMNS, FacetColumns, type FacetRow } from '@atlas/shared';
import { practiceChangeToken } from './change-token';

export interface FacetSnapshot {
  columns: FacetColumns;
  programNames: Map<number, string>;
}

interface Held {
  token: string;
  snapshot: Promise<FacetSnapshot>;
}

/** One copy per database (per ORM driver): test files run several Atlases in one process. */
const held = new WeakMap<object, Held>();

/**
 * The facet columns of every practice, and programme names, as the database holds them now: the
 * change token (change-token.ts) is read first, one primary-key lookup per request, and the columns are read again only when it has
 * moved. Concurrent requests share one reload.
 */
export async function facetSnapshot(em: EntityManager): Promise<FacetSnapshot> {
  const reader = em.fork() as EntityManager;
  const token = await practiceChangeToken(reader);
  const key = em.getDriver();
  const current = held.get(key);
  if (current?.token === token) return current.snapshot;
  const snapshot = load(reader);
  held.set(key, { token, snapshot });
  // A failed read is not kept: the next request tries again.
  snapshot.catch(() => held.get(key)?.snapshot === snapshot && held.delete(key));
  return snapshot;
}

async function load(em: EntityManager): Promise<FacetSnapshot> {
  const knex = em.getKnex();
  const [rows, programs] = await Promise.all([
    em.execute<FacetRow[]>(knex.from('practice').select(...FACET_ROW_COLUMNS)),
    em.execute<{ id: number | string; name: string }[]>(knex.from('program').select('id', 'name')),
  ]);
  return {
    columns: new FacetColumns(rows),
    programNames: new Map(programs.map((program) => [Number(program.id), program.name])),
  };
}
