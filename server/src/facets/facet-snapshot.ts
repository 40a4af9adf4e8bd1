import type { EntityManager } from '@mikro-orm/knex';
import { FACET_ROW_COLUMNS, FacetColumns, type FacetRow } from '@atlas/shared';
import { toGlobalId } from '../graphql/global-id';
import { HeldUntilChange } from './change-token';

export interface FacetSnapshot {
  columns: FacetColumns;
  /**
   * Every programme as the facet lists label it: its global ID, its name, and its place by name
   * (names that compare equal share one). Made once per snapshot: a facet list of 2,000 programmes
   * cost some 5 ms a request when each request made their IDs and compared their names anew.
   */
  programLabels: Map<number, { value: string; name: string; order: number }>;
}

const snapshots = new HeldUntilChange(load);

/**
 * The facet columns of every practice, and programme names, as the database holds them now: the
 * change token (change-token.ts) is read first, one primary-key lookup per request, and the columns
 * are read again only when it has moved. Concurrent requests share one reload.
 */
export function facetSnapshot(em: EntityManager): Promise<FacetSnapshot> {
  return snapshots.current(em);
}

async function load(em: EntityManager): Promise<FacetSnapshot> {
  const knex = em.getKnex();
  const [rows, programs] = await Promise.all([
    em.execute<FacetRow[]>(knex.from('practice').select(...FACET_ROW_COLUMNS)),
    em.execute<{ id: number | string; name: string }[]>(knex.from('program').select('id', 'name')),
  ]);
  return { columns: new FacetColumns(rows), programLabels: programLabels(programs) };
}

function programLabels(programs: { id: number | string; name: string }[]): FacetSnapshot['programLabels'] {
  const byName = [...programs].sort((a, b) => a.name.localeCompare(b.name));
  const labels: FacetSnapshot['programLabels'] = new Map();
  let order = 0;
  byName.forEach((program, index) => {
    if (index > 0 && byName[index - 1]!.name.localeCompare(program.name) !== 0) order = index;
    const id = Number(program.id);
    labels.set(id, { value: toGlobalId('ReintegrationProgram', id), name: program.name, order });
  });
  return labels;
}
