import { Sex } from '@atlas/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description: 'Narrows a list of outcomes. Values within a field are alternatives; fields must all match.',
})
export class OutcomeFilter {
  @Field(() => ID, { nullable: true, description: 'Outcomes of this programme (its global ID).' })
  programId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Outcomes of programmes in these member states (ISO codes).' })
  countryCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Outcomes measuring these indicators (codes).' })
  indicatorCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Outcomes of this year or later.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Outcomes of this year or earlier.' })
  yearTo?: number | null;

  @Field(() => [Sex], { nullable: true, description: 'Outcomes with any of these sex disaggregations.' })
  sexes?: Sex[] | null;
}
