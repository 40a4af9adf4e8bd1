import type { FacetCount, FacetLists } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { Field, Int, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../graphql/described-enum';
import type { Viewer } from '../access/viewer';
import type { Dialect } from '../config';
import { Country } from '../countries/country.entity';
import { InputProblems } from '../graphql/errors';
import type { PracticeFilter } from './practice-filter.input';
import { practiceFacets } from './practice-matches';
import { practiceCriteria } from './practice-search';

/** What `practiceStats` counts practices by. */
export const PracticeStatsGroup = describedEnum('PracticeStatsGroup', 'What `practiceStats` counts practices by.', {
  COUNTRY: 'Per member state; the key is its ISO 3166-1 alpha-2 code. Every member state is listed.',
  THEME: 'Per theme; a practice with several themes counts once under each. Every theme is listed.',
  DIMENSION: 'Per reintegration dimension; a practice counts once under each of its dimensions.',
  LEVEL: 'Per level (individual, community, structural); a practice counts once under each.',
  STAKEHOLDER: 'Per kind of stakeholder; a practice counts once under each stakeholder involved.',
  TARGET_GROUP: 'Per target group; a practice counts once under each group it serves.',
  EVIDENCE_LEVEL: 'Per evidence level; every practice has exactly one.',
  YEAR: 'Per year the practice began; only the years that occur, earliest first.',
});
export type PracticeStatsGroup = EnumValue<typeof PracticeStatsGroup>;

@ObjectType({ description: 'How many practices matching the filter fall under one value of the grouping.' })
export class PracticeStat {
  @Field(() => String, {
    description:
      'The value counted: an enum value (`ENTREPRENEURSHIP`), an ISO country code (`ID`) or a year (`2019`).',
  })
  key!: string;

  @Field(() => String, { description: 'Human-readable label of the value.' })
  label!: string;

  @Field(() => Int, { description: 'Practices matching the filter, visible to you, that have this value.' })
  count!: number;

  @Field(() => Country, { nullable: true, description: 'The member state, when grouping by COUNTRY; else null.' })
  country!: Country | null;
}

/** Which facet of `FacetLists` each grouping reads. */
const FACET: Record<PracticeStatsGroup, keyof FacetLists> = {
  COUNTRY: 'countries',
  THEME: 'themes',
  DIMENSION: 'dimensions',
  LEVEL: 'levels',
  STAKEHOLDER: 'stakeholders',
  TARGET_GROUP: 'targetGroups',
  EVIDENCE_LEVEL: 'evidenceLevels',
  YEAR: 'years',
};

/**
 * Practice counts per value of one field, under the same filter and visibility as `practices`:
 * the filter is checked by `practiceCriteria` and counted by `practiceFacets` (a fixed number of
 * statements whatever the data). Largest counts first, then by key; years in ascending order.
 */
export async function practiceStats(
  em: EntityManager,
  dialect: Dialect,
  viewer: Viewer,
  groupBy: PracticeStatsGroup,
  filter: PracticeFilter | null | undefined,
): Promise<PracticeStat[]> {
  const problems = new InputProblems();
  const criteria = practiceCriteria(filter ?? {}, viewer, problems);
  problems.throwIfAny();
  const { facets, countries } = await practiceFacets(em, dialect, criteria);
  const countryByCode = new Map(countries.map((country) => [country.code, country]));
  const stats = (facets[FACET[groupBy]] as FacetCount<string | number>[]).map(
    (facet): PracticeStat & { order: string | number } => ({
      key: String(facet.value),
      label: facet.label,
      count: facet.count,
      country: groupBy === PracticeStatsGroup.COUNTRY ? (countryByCode.get(String(facet.value)) ?? null) : null,
      order: facet.value,
    }),
  );
  if (groupBy === PracticeStatsGroup.YEAR) stats.sort((a, b) => Number(a.order) - Number(b.order));
  else stats.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return stats.map(({ order: _order, ...stat }) => stat);
}
