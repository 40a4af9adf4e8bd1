import type { EntityManager } from '@mikro-orm/knex';
import type { Dialect } from '../config';
import { countMatching, facetCounts, type TextMatches } from '../facets/facet-counts';
import { fullText } from './full-text';
import type { PracticeCriteria } from '@atlas/shared';

/**
 * The practices matching the search terms of `criteria`, from the full-text index; null without
 * terms. Read from the indexes alone (not through the practice table: 65 ms for 20,000 matches on
 * SQLite), as one text of ids (20,000 ids as rows cost libsql 12–30 ms more).
 */
export async function textMatches(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
): Promise<Set<number> | null> {
  if (criteria.terms.length === 0) return null;
  const knex = em.getKnex();
  const ids = dialect === 'postgresql' ? "string_agg(cast(m.id as text), ',')" : "group_concat(m.id, ',')";
  const query = knex.from(fullText(dialect).matched(knex, criteria.terms).as('m')).select(knex.raw(`${ids} as ids`));
  const [row] = await em.execute<{ ids: string | null }[]>(query);
  return new Set(row?.ids ? row.ids.split(',').map(Number) : []);
}

/**
 * How many practices match `criteria` (a page's `totalCount`), counted in memory as the facets are;
 * `matches`: those matching its search terms, when the caller has them.
 */
export function practiceCount(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
  matches: TextMatches = textMatches(em, dialect, criteria),
): Promise<number> {
  return countMatching(em, criteria, matches);
}

/**
 * The facet counts of the practices matching `criteria` (facets/facet-counts.ts), with the
 * practices matching its search terms: `known` when the caller has them already.
 */
export function practiceFacets(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
  { known, eachWithoutItsOwnFilter = false }: { known?: TextMatches; eachWithoutItsOwnFilter?: boolean } = {},
): ReturnType<typeof facetCounts> {
  return facetCounts(em, criteria, known ?? textMatches(em, dialect, criteria), eachWithoutItsOwnFilter);
}
