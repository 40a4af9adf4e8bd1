import { StudyDesign } from '@atlas/shared';
import { FIRST_YEAR } from '@atlas/shared/rules';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description: 'A study as a whole: updateStudy replaces every field (omitted lists become empty).',
})
export class StudyInput {
  @Field(() => String, { description: 'Title, or a short description where the source gives none.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who carried it out, as the source names them.' })
  authors?: string | null;

  @Field(() => StudyDesign, { description: 'How it was designed.' })
  design!: StudyDesign;

  @Field(() => Int, {
    nullable: true,
    description: `Year of its fieldwork or experiment (from ${FIRST_YEAR}); omitted where the sources give none.`,
  })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many people (or households, cases) it studied; 1 or more.' })
  sampleSize?: number | null;

  @Field(() => String, { nullable: true, description: 'Who or what was studied, in the source’s terms.' })
  sample?: string | null;

  @Field(() => String, { description: 'What it measured or examined.' })
  measured!: string;

  @Field(() => String, { description: 'What it found, as its source reports it.' })
  findings!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global ID of its source. Required: a study without one is refused (BAD_USER_INPUT on input.sourceId).',
  })
  sourceId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of the programmes it concerns.' })
  programIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of the practices it concerns.' })
  practiceIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'ISO 3166-1 alpha-2 codes of the member states whose returnees or programmes it studies (those of its programmes and practices, and any other it names); omitted means none.',
  })
  countryCodes?: string[] | null;
}

// The rules of this input are shared (`@atlas/shared/rules`).
export { studyInputSchema, type StudyFields } from '@atlas/shared/rules';
