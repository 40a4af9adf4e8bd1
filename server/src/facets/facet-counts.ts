import { facetLists, type FacetLists, type PracticeCriteria } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../countries/country.entity';
import { facetSnapshot } from './facet-snapshot';

/** The ids of the practices matching the criteria's search terms; null when they have none. */
export type TextMatches = Set<number> | null | Promise<Set<number> | null>;

/**
 * Total and facet counts of the practices matching `criteria`: one pass over the facet columns
 * held in memory (facet-snapshot.ts). `textMatches`: the practices matching the search terms, when
 * the criteria have any (the full-text index's answer). `eachWithoutItsOwnFilter`: each field
 * counted under the criteria without its own condition. The country list is returned too, so that
 * callers can expose the countries themselves.
 */
export async function facetCounts(
  em: EntityManager,
  criteria: PracticeCriteria,
  textMatches: TextMatches,
  eachWithoutItsOwnFilter = false,
): Promise<{ total: number; facets: FacetLists; countries: Country[] }> {
  const [countries, snapshot, matches] = await Promise.all([
    em.find(Country, {}, { orderBy: { name: 'asc' } }),
    facetSnapshot(em),
    textMatches,
  ]);
  const tally = snapshot.columns.tally(criteria, countries, matches, eachWithoutItsOwnFilter);
  const facets = facetLists(tally.counts, { countries, programs: snapshot.programLabels });
  return { total: tally.total, facets, countries };
}

/** How many practices match `criteria` (a page's `totalCount`), counted in memory as the facets are. */
export async function countMatching(
  em: EntityManager,
  criteria: PracticeCriteria,
  textMatches: TextMatches,
): Promise<number> {
  const [countries, snapshot, matches] = await Promise.all([
    criteriaCountries(em, criteria),
    facetSnapshot(em),
    textMatches,
  ]);
  return snapshot.columns.count(criteria, countries, matches);
}

/** The share of all practices that `criteria` selects but for its search terms (0 to 1). */
export async function shareMatching(em: EntityManager, criteria: PracticeCriteria): Promise<number> {
  const [countries, snapshot] = await Promise.all([criteriaCountries(em, criteria), facetSnapshot(em)]);
  return snapshot.columns.size === 0 ? 1 : snapshot.columns.count(criteria, countries, null) / snapshot.columns.size;
}

/** Those of `ids` whose practices match `criteria` but for its search terms, in the same order. */
export async function selectMatching(
  em: EntityManager,
  criteria: PracticeCriteria,
  ids: Promise<number[]>,
): Promise<number[]> {
  const [countries, snapshot, candidates] = await Promise.all([
    criteriaCountries(em, criteria),
    facetSnapshot(em),
    ids,
  ]);
  return snapshot.columns.select(criteria, countries, candidates);
}

/** The member states the criteria name, in themselves or in their alternatives. */
function criteriaCountries(em: EntityManager, criteria: PracticeCriteria): Promise<Country[]> {
  const codes = [criteria, ...(criteria.anyOf ?? [])].flatMap((c) => c.countryCodes ?? []);
  return codes.length ? em.find(Country, { code: { $in: codes } }) : Promise.resolve([]);
}
