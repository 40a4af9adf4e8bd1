import { Dimension, GeographicReach, MeasureKind, ProgramStatus, TargetGroup } from '@atlas/shared';
import { Field, InputType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../graphql/described-enum';

@InputType({
  description: 'Narrows a list of programmes. Values within a field are alternatives; fields must all match.',
})
export class ProgramFilter {
  @Field(() => [String], {
    nullable: true,
    description:
      'Member states by ISO 3166-1 alpha-2 code: programmes filed under any of them or run there as a partner state.',
  })
  countryCodes?: string[] | null;

  @Field(() => [MeasureKind], {
    nullable: true,
    description: 'Programmes of any of these kinds: reintegration, return, or a destination state’s measures.',
  })
  kinds?: MeasureKind[] | null;

  @Field(() => [GeographicReach], {
    nullable: true,
    description: 'Programmes of any of these reaches: one member state, several, or the region.',
  })
  reaches?: GeographicReach[] | null;

  @Field(() => [ProgramStatus], { nullable: true, description: 'Programmes with any of these statuses.' })
  statuses?: ProgramStatus[] | null;

  @Field(() => [Dimension], { nullable: true, description: 'Programmes addressing any of these dimensions.' })
  dimensions?: Dimension[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Programmes serving any of these groups.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the name, local name or acronym.' })
  text?: string | null;
}

export const ProgramOrder = describedEnum('ProgramOrder', 'How to sort programmes. Ties are broken by ID.', {
  NAME: 'By name, A to Z.',
  COUNTRY: 'By country name, then programme name.',
  NEWEST: 'Most recent start year first; unknown start years last.',
});
export type ProgramOrder = EnumValue<typeof ProgramOrder>;
