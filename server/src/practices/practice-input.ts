import { Dimension, EvidenceLevel, Theme } from '@atlas/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ReachInput } from '../programs/reach.input';
import { SourceReferenceInput } from '../sources/source-reference';

@InputType({
  description:
    'Everything a practice says, for creating one or replacing its fields (lists left out are empty). Its key is generated from the title when it is created and then stays.',
})
export class PracticeInput extends ReachInput {
  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'One or two sentences.' })
  summary!: string;

  @Field(() => String, { description: 'Full description, plain text with blank lines between paragraphs.' })
  body!: string;

  @Field(() => String, { description: 'The member state, by ISO 3166-1 alpha-2 code (`ID`, `PH`).' })
  countryCode!: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of the programme it belongs to, if any.' })
  programId?: string | null;

  @Field(() => Int, { description: 'Year the practice began or was first documented.' })
  year!: number;

  @Field(() => [Theme], { description: 'What it is about; at least one.' })
  themes!: Theme[];

  @Field(() => [Dimension], { description: 'Reintegration dimensions it addresses; at least one.' })
  dimensions!: Dimension[];

  @Field(() => EvidenceLevel, { description: 'How strong the evidence of its results is.' })
  evidenceLevel!: EvidenceLevel;

  @Field(() => [String], { nullable: true, description: 'Partners, such as the destination country it is run with.' })
  partners?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the workshop or forum where it was presented, if any.',
  })
  eventId?: string | null;

  @Field(() => [SourceReferenceInput], { description: 'Where the description comes from; at least one.' })
  sources!: SourceReferenceInput[];
}

// The rules of this input, and of a rejection's reason, are shared with the dashboard's form.
export { practiceInputSchema, rejectionReasonSchema, type PracticeFields } from '@atlas/shared/rules';
