import type { EntityManager } from '@mikro-orm/knex';
import type { Dialect } from '../config';
import { countMatching, facetCounts, selectMatching } from '../facets/facet-counts';
import { fullText } from './full-text';
import type { PracticeCriteria } from '@atlas/shared';

/** The practices matching the search terms of `criteria`, from the full-text index; null without terms. */
export async function textMatches(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
): Promise<Set<number> | null> {
  if (criteria.terms.length === 0) return null;
  const query = em.getKnex().from({ p: 'practice' }).select('p.id');
  fullText(dialect).filter(query, criteria.terms);
  return new Set((await em.execute<{ id: number | string }[]>(query)).map((row) => Number(row.id)));
}

/** How many practices match `criteria` (a page's `totalCount`), counted in memory as the facets are. */
export function practiceCount(em: EntityManager, dialect: Dialect, criteria: PracticeCriteria): Promise<number> {
  return countMatching(em, criteria, textMatches(em, dialect, criteria));
}

/** A practice matching search terms, and its full-text rank (`FullText.rankDirection` says which way is best). */
export interface RankedPractice {
  id: number;
  rank: number;
}

/**
 * Every practice matching the search terms of `criteria` (which has some), whatever its status, best
 * match first (then newest id first), each with its rank; and those of them the whole filter selects.
 */
export async function rankedPractices(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
): Promise<{ ranked: RankedPractice[]; selected: Set<number> }> {
  const rows = await em.execute<{ id: number | string; rank: number | string }[]>(
    fullText(dialect).ranked(em.getKnex(), criteria.terms),
  );
  const ranked = rows.map((row) => ({ id: Number(row.id), rank: Number(row.rank) }));
  const selected = await selectMatching(em, criteria, Promise.resolve(ranked.map((match) => match.id)));
  return { ranked, selected: new Set(selected) };
}

/**
 * The facet counts of the practices matching `criteria` (facets/facet-counts.ts), with the
 * practices matching its search terms: `known` when the caller has them already (a ranked page).
 */
export function practiceFacets(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
  { known, eachWithoutItsOwnFilter = false }: { known?: Set<number>; eachWithoutItsOwnFilter?: boolean } = {},
): ReturnType<typeof facetCounts> {
  const matches = known && criteria.terms.length > 0 ? known : textMatches(em, dialect, criteria);
  return facetCounts(em, criteria, matches, eachWithoutItsOwnFilter);
}
