import { Dimension, EvidenceLevel, Level, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import type { ClassType } from 'type-graphql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Declares `<Name>FacetValue { value, label, count }` for a vocabulary. */
function FacetValue<V>(
  valueType: Parameters<typeof Field>[0] & (() => unknown),
  name: string,
  what: string,
): ClassType<FacetCount<V>> {
  @ObjectType(`${name}FacetValue`, {
    description: `A ${what} and how many practices under the current filter have it.`,
  })
  class FacetValueType {
    @Field(valueType, { description: `The ${what}.` })
    value!: V;

    @Field(() => String, { description: 'Human-readable label.' })
    label!: string;

    @Field(() => Int, { description: 'Practices matching the current filter that have this value.' })
    count!: number;
  }
  return FacetValueType;
}

export interface FacetCount<V> {
  value: V;
  label: string;
  count: number;
}

const CountryFacetValue = FacetValue<string>(() => String, 'Country', 'member state (ISO code)');
const ThemeFacetValue = FacetValue<Theme>(() => Theme, 'Theme', 'theme');
const DimensionFacetValue = FacetValue<Dimension>(() => Dimension, 'Dimension', 'dimension');
const LevelFacetValue = FacetValue<Level>(() => Level, 'Level', 'level');
const StakeholderFacetValue = FacetValue<Stakeholder>(() => Stakeholder, 'Stakeholder', 'stakeholder');
const TargetGroupFacetValue = FacetValue<TargetGroup>(() => TargetGroup, 'TargetGroup', 'target group');
const EvidenceLevelFacetValue = FacetValue<EvidenceLevel>(() => EvidenceLevel, 'EvidenceLevel', 'evidence level');
const YearFacetValue = FacetValue<number>(() => Int, 'Year', 'year');
export const ProgramFacetValue = FacetValue<string>(() => ID, 'Program', 'programme (global ID)');

@ObjectType({
  description:
    'Counts of the practices matching the current filter, per value of every filterable field. Vocabulary fields and countries list every value, zero counts included; years list the values that occur, programmes the ones with most practices.',
})
export class PracticeFacets {
  @Field(() => [CountryFacetValue], { description: 'Per member state, by name.' })
  countries!: FacetCount<string>[];

  @Field(() => [ThemeFacetValue], { description: 'Per theme.' })
  themes!: FacetCount<Theme>[];

  @Field(() => [DimensionFacetValue], { description: 'Per dimension.' })
  dimensions!: FacetCount<Dimension>[];

  @Field(() => [LevelFacetValue], { description: 'Per level.' })
  levels!: FacetCount<Level>[];

  @Field(() => [StakeholderFacetValue], { description: 'Per stakeholder.' })
  stakeholders!: FacetCount<Stakeholder>[];

  @Field(() => [TargetGroupFacetValue], { description: 'Per target group.' })
  targetGroups!: FacetCount<TargetGroup>[];

  @Field(() => [EvidenceLevelFacetValue], { description: 'Per evidence level.' })
  evidenceLevels!: FacetCount<EvidenceLevel>[];

  @Field(() => [YearFacetValue], { description: 'Per year the practices began, latest first.' })
  years!: FacetCount<number>[];

  /** Every programme that occurs, most practices first; `programs` (practice-facets.resolver.ts) pages it. */
  allPrograms!: FacetCount<string>[];
}
