import { MigrationProfile } from '@atlas/shared';
import { FIRST_YEAR, YEARS_AHEAD } from '@atlas/shared/rules';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A national law, decree or policy, as part of a country entry.' })
export class LegalInstrumentInput {
  @Field(() => String, { description: 'Title of the instrument.' })
  title!: string;

  @Field(() => Int, { nullable: true, description: `Year adopted (${FIRST_YEAR} to this year + ${YEARS_AHEAD}).` })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Date adopted, ISO 8601, possibly partial (`2017`, `2017-11`).' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'What it says about migrant workers and their return.' })
  summary?: string | null;

  @Field(() => [ID], { description: 'Global IDs of the sources documenting it; at least one.' })
  sourceIds!: string[];
}

@InputType({
  description:
    'A member state’s entry, as a whole: upsertCountry replaces every field, and the list of legal instruments.',
})
export class CountryInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (`ID`, `PH`, …): which entry this is.' })
  code!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code (`IDN`, `PHL`, …).' })
  iso3!: string;

  @Field(() => String, { description: 'Common English name.' })
  name!: string;

  @Field(() => String, { description: 'Date of joining ASEAN, ISO 8601, possibly partial (`1984`).' })
  memberSince!: string;

  @Field(() => MigrationProfile, { description: 'Whether mainly a country of origin, destination, or both.' })
  migrationProfile!: MigrationProfile;

  @Field(() => String, { description: 'Government agency leading on migrant workers.' })
  leadAgency!: string;

  @Field(() => String, { description: 'Its role in labour migration and its return and reintegration arrangements.' })
  summary!: string;

  @Field(() => [LegalInstrumentInput], { description: 'All its legal instruments (the list replaces the stored one).' })
  legalInstruments!: LegalInstrumentInput[];
}

// The rules of this input are shared with the dashboard's form.
export { countryInputSchema, legalInstrumentSchema, type CountryFields } from '@atlas/shared/rules';
