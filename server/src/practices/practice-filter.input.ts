import { Dimension, EvidenceLevel, Level, PracticeStatus, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'Narrows a list of practices. Values within one field are alternatives (any of them matches); different fields must all match.',
})
export class PracticeFilter {
  @Field(() => [String], { nullable: true, description: 'Member states by ISO 3166-1 alpha-2 code (`ID`, `PH`).' })
  countryCodes?: string[] | null;

  @Field(() => [Theme], { nullable: true, description: 'Practices with any of these themes.' })
  themes?: Theme[] | null;

  @Field(() => [Dimension], { nullable: true, description: 'Practices addressing any of these dimensions.' })
  dimensions?: Dimension[] | null;

  @Field(() => [Level], { nullable: true, description: 'Practices working at any of these levels.' })
  levels?: Level[] | null;

  @Field(() => [Stakeholder], { nullable: true, description: 'Practices involving any of these stakeholders.' })
  stakeholders?: Stakeholder[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Practices serving any of these groups.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [EvidenceLevel], { nullable: true, description: 'Practices with any of these evidence levels.' })
  evidenceLevels?: EvidenceLevel[] | null;

  @Field(() => ID, { nullable: true, description: 'Practices of this programme (its global ID).' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Practices presented at this event (its global ID).' })
  eventId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in title, summary and body: every word must match, word prefixes and English word forms included (`entrepreneur` finds `entrepreneurship`).',
  })
  text?: string | null;

  @Field(() => [PracticeStatus], {
    nullable: true,
    description:
      'Workflow statuses to list; PUBLISHED by default. Only published practices are visible to anonymous readers; contributors also see their own, editors all.',
  })
  statuses?: PracticeStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Practices that began in or after this year.' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Practices that began in or before this year.' })
  yearTo?: number | null;
}
