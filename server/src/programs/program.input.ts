import { Dimension, Level, ProgramStatus, Stakeholder, TargetGroup } from '@atlas/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { countryCode, text, year } from '../seed/seed-schema';

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

  @Field(() => Int, { nullable: true, description: 'Year it started (1900–2100).' })
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

const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .nullish()
    .transform((items) => items ?? []);

export const programInputSchema = z
  .object({
    name: text.max(300),
    localName: text.max(300).nullish(),
    acronym: text.max(60).nullish(),
    countryCode,
    leadAgency: text.max(500),
    partners: list(text.max(300), 50),
    startYear: year.nullish(),
    endYear: year.nullish(),
    status: z.enum(ProgramStatus),
    summary: text.max(10000),
    components: list(z.object({ name: text.max(200), description: text.max(5000).nullish() }), 30),
    dimensions: list(z.enum(Dimension), 10),
    levels: list(z.enum(Level), 10),
    targetGroups: list(z.enum(TargetGroup), 20),
    stakeholders: list(z.enum(Stakeholder), 20),
    sourceIds: z.array(z.string()).min(1, 'cite at least one source').max(30),
  })
  .refine((p) => p.startYear == null || p.endYear == null || p.endYear >= p.startYear, {
    path: ['endYear'],
    message: 'must not be before startYear',
  });

export type ProgramFields = z.infer<typeof programInputSchema>;
