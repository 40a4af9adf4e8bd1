import { normalCountryCode } from '@atlas/shared';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { CountryStatistic } from './country-statistic.entity';
import { Country } from './country.entity';
import { LegalInstrument } from './legal-instrument.entity';
import { OfficialName } from './official-name.entity';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: 'All ASEAN member states, by name.' })
  countries(@Ctx() { em }: AtlasContext): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Country, { nullable: true, description: 'One member state by ISO code; null when the code is unknown.' })
  country(
    @Arg('code', () => String, { description: 'ISO 3166-1 alpha-2 (`ID`) or alpha-3 (`IDN`) code, any case.' })
    code: string,
    @Ctx() { em }: AtlasContext,
  ): Promise<Country | null> {
    const normalised = normalCountryCode(code);
    return em.findOne(Country, normalised.length === 3 ? { iso3: normalised } : { code: normalised });
  }

  @FieldResolver(() => [LegalInstrument], { description: 'Main laws and policies on migrant workers, oldest first.' })
  legalInstruments(@Root() country: Country, @Ctx() { related }: AtlasContext): Promise<LegalInstrument[]> {
    return related.collection(Country, 'legalInstruments', country.id);
  }

  @FieldResolver(() => [OfficialName], {
    description:
      'Official names of its ministries, departments, laws and decisions in a national language, each as a cited source writes it, in the order the Atlas lists them.',
  })
  officialNames(@Root() country: Country, @Ctx() { related }: AtlasContext): Promise<OfficialName[]> {
    return related.collection(Country, 'officialNames', country.id);
  }

  @FieldResolver(() => [CountryStatistic], { description: 'Headline statistics with their sources, oldest first.' })
  statistics(@Root() country: Country, @Ctx() { related }: AtlasContext): Promise<CountryStatistic[]> {
    return related.collection(Country, 'statistics', country.id);
  }
}
