import type { EntityManager } from '@mikro-orm/knex';
import { dimensions, evidenceLevels, levels, stakeholders, targetGroups, themes, type Vocabulary } from '@atlas/shared';
import type { Dialect } from '../config';
import { Country } from '../countries/country.entity';
import { toGlobalId } from '../graphql/global-id';
import { DIMENSIONS, EVIDENCE_LEVELS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../vocabularies';
import type { FacetCount, PracticeFacets } from './practice-facets';
import { practiceQuery, type PracticeCriteria } from './practice-query';

/** The enum-set columns and their vocabularies, in bit order. */
const ENUM_SET_COLUMNS: { column: string; values: readonly string[] }[] = [
  { column: 'themes', values: THEMES },
  { column: 'dimensions', values: DIMENSIONS },
  { column: 'levels', values: LEVELS },
  { column: 'stakeholders', values: STAKEHOLDERS },
  { column: 'target_groups', values: TARGET_GROUPS },
];

interface GroupRow {
  country_id: number;
  year: number;
  program_id: number | null;
  program_name: string | null;
  evidence_level: string;
  n: number | string;
}

/**
 * Total and facet counts of the practices matching `criteria`, in two statements whatever the
 * data: one pass summing every enum-set bit, and one grouping by country, year, programme and
 * evidence level (plus the country list, usually already in the request's identity map, returned
 * too so that callers can expose the countries themselves).
 */
export async function facetCounts(
  em: EntityManager,
  dialect: Dialect,
  criteria: PracticeCriteria,
): Promise<{ total: number; facets: PracticeFacets; countries: Country[] }> {
  const knex = em.getKnex();
  const sums = ENUM_SET_COLUMNS.flatMap(({ column, values }) =>
    values.map((_, bit) => `sum(case when (p.${column} & ${1 << bit}) <> 0 then 1 else 0 end) as ${column}_${bit}`),
  );
  const bitsQuery = practiceQuery(knex, dialect, criteria).select(knex.raw(['count(*) as total', ...sums].join(', ')));
  const groupsQuery = practiceQuery(knex, dialect, criteria)
    .leftJoin({ pr: 'program' }, 'pr.id', 'p.program_id')
    .select('p.country_id', 'p.year', 'p.program_id', { program_name: 'pr.name' }, 'p.evidence_level')
    .count({ n: '*' })
    .groupBy('p.country_id', 'p.year', 'p.program_id', 'pr.name', 'p.evidence_level');
  const [bitRows, groupRows, countries] = await Promise.all([
    em.execute<Record<string, number | string | null>[]>(bitsQuery),
    em.execute<GroupRow[]>(groupsQuery),
    em.find(Country, {}, { orderBy: { name: 'asc' } }),
  ]);
  const bits = bitRows[0] ?? {};
  const byCountry = new Map<number, number>();
  const byYear = new Map<number, number>();
  const byProgram = new Map<number, { name: string; count: number }>();
  const byEvidence = new Map<string, number>();
  for (const row of groupRows) {
    const n = Number(row.n);
    add(byCountry, Number(row.country_id), n);
    add(byYear, Number(row.year), n);
    add(byEvidence, row.evidence_level, n);
    if (row.program_id !== null) {
      const entry = byProgram.get(Number(row.program_id)) ?? { name: row.program_name ?? '', count: 0 };
      entry.count += n;
      byProgram.set(Number(row.program_id), entry);
    }
  }
  const enumFacet = <E extends string>(
    column: string,
    values: readonly E[],
    vocabulary: Vocabulary<E>,
  ): FacetCount<E>[] =>
    values.map((value, bit) => ({
      value,
      label: vocabulary[value].label,
      count: Number(bits[`${column}_${bit}`] ?? 0),
    }));
  const facets: PracticeFacets = {
    countries: countries.map((country) => ({
      value: country.code,
      label: country.name,
      count: byCountry.get(country.id) ?? 0,
    })),
    themes: enumFacet('themes', THEMES, themes),
    dimensions: enumFacet('dimensions', DIMENSIONS, dimensions),
    levels: enumFacet('levels', LEVELS, levels),
    stakeholders: enumFacet('stakeholders', STAKEHOLDERS, stakeholders),
    targetGroups: enumFacet('target_groups', TARGET_GROUPS, targetGroups),
    evidenceLevels: EVIDENCE_LEVELS.map((value) => ({
      value,
      label: evidenceLevels[value].label,
      count: byEvidence.get(value) ?? 0,
    })),
    years: [...byYear.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, count]) => ({ value: year, label: String(year), count })),
    allPrograms: [...byProgram.entries()]
      .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
      .map(([id, { name, count }]) => ({ value: toGlobalId('ReintegrationProgram', id), label: name, count })),
  };
  return { total: Number(bits.total ?? 0), facets, countries };
}

function add<K>(map: Map<K, number>, key: K, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}
