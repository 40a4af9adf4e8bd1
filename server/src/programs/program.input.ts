import { Dimension, Level, ProgramStatus, Stakeholder, TargetGroup } from '@atlas/shared';
import {
  choices,
  citations,
  FIRST_YEAR,
  inOrder,
  list,
  MAX_COMPONENTS,
  ORDER_MESSAGES,
  orEmpty,
  programComponentFields,
  programFields,
  YEARS_AHEAD,
} from '@atlas/shared/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';

@InputType({ description: 'A part of a programme, such as one of Desmigratif’s four pillars.' })
export class ProgramComponentInput {
  @Field(() => String, { description: 'Name of the component.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the component does.' })
  description?: string | null;
}

@InputType({
  description: 'A reintegration programme as a whole: updateProgram replaces every field (omitted lists become empty).',
})
export class ProgramInput {
  @Field(() => String, { description: 'Name in English; a new programme’s key is made from it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in the national language, where different.' })
  localName?: string | null;

  @Field(() => String, { nullable: true, description: 'Acronym or short name (`Desmigratif`, `LDAP`).' })
  acronym?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code of the member state where it runs.' })
  countryCode!: string;

  @Field(() => String, { description: 'Agency that runs it.' })
  leadAgency!: string;

  @Field(() => [String], { nullable: true, description: 'Partners: governments, agencies and donors.' })
  partners?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Year it started (${FIRST_YEAR} to this year + ${YEARS_AHEAD}, for planned programmes).`,
  })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Year it ended, if it has; not before startYear.' })
  endYear?: number | null;

  @Field(() => ProgramStatus, { description: 'Status as last reported.' })
  status!: ProgramStatus;

  @Field(() => String, { description: 'What the programme does, for whom.' })
  summary!: string;

  @Field(() => [ProgramComponentInput], { nullable: true, description: 'Its parts, in order.' })
  components?: ProgramComponentInput[] | null;

  @Field(() => [Dimension], { nullable: true, description: 'Reintegration dimensions it addresses.' })
  dimensions?: Dimension[] | null;

  @Field(() => [Level], { nullable: true, description: 'Levels it works at.' })
  levels?: Level[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Whom it serves.' })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [Stakeholder], { nullable: true, description: 'Kinds of organisation involved.' })
  stakeholders?: Stakeholder[] | null;

  @Field(() => [ID], { description: 'Global IDs of the sources documenting it; at least one.' })
  sourceIds!: string[];
}

export const programInputSchema = z
  .object({
    name: programFields.name,
    localName: z.nullish(programFields.localName),
    acronym: z.nullish(programFields.acronym),
    countryCode: programFields.country,
    leadAgency: programFields.leadAgency,
    partners: orEmpty(programFields.partners),
    startYear: z.nullish(programFields.startYear),
    endYear: z.nullish(programFields.endYear),
    status: z.enum(ProgramStatus),
    summary: programFields.summary,
    components: orEmpty(
      list(
        z.object({
          name: programComponentFields.name,
          description: z.nullish(programComponentFields.description),
        }),
        MAX_COMPONENTS,
        'components',
      ),
    ),
    dimensions: orEmpty(choices(Dimension)),
    levels: orEmpty(choices(Level)),
    targetGroups: orEmpty(choices(TargetGroup)),
    stakeholders: orEmpty(choices(Stakeholder)),
    sourceIds: citations(z.string()),
  })
  .check(inOrder('startYear', 'endYear', ORDER_MESSAGES.endYear));

export type ProgramFields = z.infer<typeof programInputSchema>;
