import type { EntityManager } from '@mikro-orm/knex';
import { dimensions, evidenceLevels, levels, stakeholders, targetGroups, themes, type Vocabulary } from '@atlas/shared';
import type { Dialect } from '../config';
import { Country } from '../countries/country.entity';
import { toGlobalId } from '../graphql/global-id';
import { DIMENSIONS, EVIDENCE_LEVELS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../vocabularies';
import type { FacetCount, PracticeFacets } from './practice-facets';
import type { MaskColumn } from './facet-columns';
import { facetSnapshot } from './facet-snapshot';
import { fullText } from './full-text';
import type { PracticeCriteria } from './practice-query';

/**
 * Total and facet counts of the practices matching `criteria`: one pass over the facet columns
 * held in memory (facet-snapshot.ts), plus the ids matching the search terms when there are any
 * (the full-text index's answer). The country list is returned too, so that callers can expose
 * the countries themselves.
 */
export async function facetCounts(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
  /** The practices matching the search terms, when the caller has them already (a ranked page). */
  knownTextMatches?: Set<number>,
): Promise<{ total: number; facets: PracticeFacets; countries: Country[] }> {
  const countries = await em.find(Country, {}, { orderBy: { name: 'asc' } });
  const { snapshot, countryIds, textMatches } = await inMemory(em, dialect, criteria, countries, knownTextMatches);
  const tally = snapshot.columns.tally(criteria, countryIds, textMatches);
  const enumFacet = <E extends string>(column: MaskColumn, values: readonly E[], vocabulary: Vocabulary<E>) =>
    values.map((value, bit): FacetCount<E> => ({
      value,
      label: vocabulary[value].label,
      count: tally.bits[column][bit] ?? 0,
    }));
  const programs = [...tally.byProgram.entries()].map(([id, count]) => ({
    id,
    name: snapshot.programNames.get(id) ?? '',
    count,
  }));
  const facets: PracticeFacets = {
    countries: countries.map((country) => ({
      value: country.code,
      label: country.name,
      count: tally.byCountry.get(country.id) ?? 0,
    })),
    themes: enumFacet('themes', THEMES, themes),
    dimensions: enumFacet('dimensions', DIMENSIONS, dimensions),
    levels: enumFacet('levels', LEVELS, levels),
    stakeholders: enumFacet('stakeholders', STAKEHOLDERS, stakeholders),
    targetGroups: enumFacet('target_groups', TARGET_GROUPS, targetGroups),
    evidenceLevels: EVIDENCE_LEVELS.map((value) => ({
      value,
      label: evidenceLevels[value].label,
      count: tally.byEvidence.get(value) ?? 0,
    })),
    years: [...tally.byYear.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, count]) => ({ value: year, label: String(year), count })),
    allPrograms: programs
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map(({ id, name, count }) => ({ value: toGlobalId('ReintegrationProgram', id), label: name, count })),
  };
  return { total: tally.total, facets, countries };
}

/** How many practices match `criteria` (a page's `totalCount`), counted in memory as the facets are. */
export async function practiceCount(em: EntityManager, dialect: Dialect, criteria: PracticeCriteria): Promise<number> {
  const countries = criteria.countryCodes ? await em.find(Country, { code: { $in: criteria.countryCodes } }) : [];
  const { snapshot, countryIds, textMatches } = await inMemory(em, dialect, criteria, countries);
  return snapshot.columns.count(criteria, countryIds, textMatches);
}

/** Every practice matching `criteria`, which has search terms, best match first. */
export async function rankedPractices(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
): Promise<number[]> {
  const countries = criteria.countryCodes ? await em.find(Country, { code: { $in: criteria.countryCodes } }) : [];
  const [{ snapshot, countryIds }, rows] = await Promise.all([
    inMemory(em, dialect, { ...criteria, terms: [] }, countries),
    em.execute<{ id: number | string }[]>(fullText(dialect).ranked(em.getKnex(), criteria.terms)),
  ]);
  return snapshot.columns.select(
    criteria,
    countryIds,
    rows.map((row) => Number(row.id)),
  );
}

/** The facet columns, and what the criteria need besides them: country ids, full-text matches. */
async function inMemory(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
  countries: Country[],
  knownTextMatches?: Set<number>,
) {
  const textMatches = async () => {
    if (criteria.terms.length === 0) return null;
    if (knownTextMatches) return knownTextMatches;
    const query = em.getKnex().from({ p: 'practice' }).select('p.id');
    fullText(dialect).filter(query, criteria.terms);
    return new Set((await em.execute<{ id: number | string }[]>(query)).map((row) => Number(row.id)));
  };
  const [snapshot, matches] = await Promise.all([facetSnapshot(em), textMatches()]);
  const countryIds = criteria.countryCodes
    ? new Set(countries.filter((country) => criteria.countryCodes!.includes(country.code)).map((c) => c.id))
    : null;
  return { snapshot, countryIds, textMatches: matches };
}
