import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../countries/country.entity';
import { toGlobalId } from '../graphql/global-id';
import type { PracticeCriteria } from '../practices/practice-query';
import { FACET_FIELDS, type FacetCount, type FacetField, type FacetLists } from './facet-fields';
import { facetSnapshot, type FacetSnapshot } from './facet-snapshot';

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
  const countryIds = countryIdsOf(criteria, countries);
  const tally = snapshot.columns.tally(criteria, countryIds, matches, eachWithoutItsOwnFilter);
  const facets = Object.fromEntries(
    FACET_FIELDS.map((field) => [field.name, facetList(field, tally.counts[field.name]!, { countries, snapshot })]),
  ) as FacetLists;
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
  return snapshot.columns.count(criteria, countryIdsOf(criteria, countries), matches);
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
  return snapshot.columns.select(criteria, countryIdsOf(criteria, countries), candidates);
}

/** A facet field's counts as values with labels, in the field's order. */
function facetList(
  field: FacetField,
  counts: Map<number, number>,
  { countries, snapshot }: { countries: Country[]; snapshot: FacetSnapshot },
): FacetCount<string | number>[] {
  switch (field.kind) {
    case 'set':
    case 'one': {
      // A mask counts per bit, a choice per index + 1 (0 is none).
      const offset = field.kind === 'set' ? 0 : 1;
      return field.values.map((value, index) => ({
        value,
        label: field.vocabulary[value]?.label ?? value,
        count: counts.get(index + offset) ?? 0,
      }));
    }
    case 'country':
      return countries.map((country) => ({
        value: country.code,
        label: country.name,
        count: counts.get(country.id) ?? 0,
      }));
    case 'year':
      return [...counts.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, count]) => ({ value: year, label: String(year), count }));
    case 'program':
      return [...counts.entries()]
        .map(([id, count]) => ({ id, name: snapshot.programNames.get(id) ?? '', count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
        .map(({ id, name, count }) => ({ value: toGlobalId('ReintegrationProgram', id), label: name, count }));
  }
}

function criteriaCountries(em: EntityManager, criteria: PracticeCriteria): Promise<Country[]> {
  return criteria.countryCodes ? em.find(Country, { code: { $in: criteria.countryCodes } }) : Promise.resolve([]);
}

function countryIdsOf(criteria: PracticeCriteria, countries: Country[]): Set<number> | null {
  if (!criteria.countryCodes) return null;
  return new Set(countries.filter((country) => criteria.countryCodes!.includes(country.code)).map((c) => c.id));
}
