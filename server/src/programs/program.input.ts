import { Dimension, GeographicReach, ProgramStatus } from '@atlas/shared';
import { FIRST_YEAR, YEARS_AHEAD } from '@atlas/shared/rules';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ProgramComponent } from './program-component';
import { ReachInput } from './reach.input';

@InputType({
  description: 'A reintegration programme as a whole: updateProgram replaces every field (omitted lists become empty).',
})
export class ProgramInput extends ReachInput {
  @Field(() => String, { description: 'Name in English; a new programme’s key is made from it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in the national language, where different.' })
  localName?: string | null;

  @Field(() => String, { nullable: true, description: 'Acronym or short name (`Desmigratif`, `LDAP`).' })
  acronym?: string | null;

  @Field(() => String, {
    description:
      'ISO 3166-1 alpha-2 code of the member state where it runs: for a programme of several states or the region, the lead or filing state.',
  })
  countryCode!: string;

  @Field(() => GeographicReach, {
    nullable: true,
    description:
      'Whether it runs in one member state, several or across the region; NATIONAL when omitted. MULTI_COUNTRY and REGIONAL need partnerCountryCodes.',
  })
  reach?: GeographicReach | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'ISO 3166-1 alpha-2 codes of the other member states it runs in, besides countryCode; none for a NATIONAL programme.',
  })
  partnerCountryCodes?: string[] | null;

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

  @Field(() => [ProgramComponent], { nullable: true, description: 'Its parts, in order.' })
  components?: ProgramComponent[] | null;

  @Field(() => [Dimension], { nullable: true, description: 'Reintegration dimensions it addresses.' })
  dimensions?: Dimension[] | null;

  @Field(() => [ID], { description: 'Global IDs of the sources documenting it; at least one.' })
  sourceIds!: string[];
}

// The rules of this input are shared with the dashboard's form.
export { programInputSchema, type ProgramFields } from '@atlas/shared/rules';
