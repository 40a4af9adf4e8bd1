import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { PageArgs } from '../graphql/pagination';
import { PracticeConnection } from '../practices/practice-connection.type';
import { PracticeOrder } from '../practices/practice-order';
import { searchPractices, type PracticePage } from '../practices/practice-search';
import { ReintegrationProgram } from '../programs/program.entity';
import { CountryStatistic } from './country-statistic.entity';
import { Country } from './country.entity';
import { LegalInstrument } from './legal-instrument.entity';

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
    const normalised = code.trim().toUpperCase();
    return em.findOne(Country, normalised.length === 3 ? { iso3: normalised } : { code: normalised });
  }

  @FieldResolver(() => [LegalInstrument], { description: 'Main laws and policies on migrant workers, oldest first.' })
  legalInstruments(@Root() country: Country, @Ctx() { related }: AtlasContext): Promise<LegalInstrument[]> {
    return related.collection(Country, 'legalInstruments', country.id);
  }

  @FieldResolver(() => [CountryStatistic], { description: 'Headline statistics with their sources, oldest first.' })
  statistics(@Root() country: Country, @Ctx() { related }: AtlasContext): Promise<CountryStatistic[]> {
    return related.collection(Country, 'statistics', country.id);
  }

  @FieldResolver(() => [ReintegrationProgram], {
    description: 'Reintegration programmes run in this country, by name.',
  })
  programs(@Root() country: Country, @Ctx() { em }: AtlasContext): Promise<ReintegrationProgram[]> {
    return em.find(ReintegrationProgram, { country: country.id }, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Int, { description: 'Number of its programmes.' })
  programCount(@Root() country: Country, @Ctx() { loaders }: AtlasContext): Promise<number> {
    return loaders.programCountByCountry.load(country.id);
  }

  @FieldResolver(() => Int, { description: 'Number of its published practices (the same for everybody).' })
  practiceCount(@Root() country: Country, @Ctx() { loaders }: AtlasContext): Promise<number> {
    return loaders.practiceCountByCountry.load(country.id);
  }

  @FieldResolver(() => PracticeConnection, { description: 'Its practices, newest first.' })
  practices(
    @Root() country: Country,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, dialect, viewer }: AtlasContext,
  ): Promise<PracticePage> {
    return searchPractices(em, dialect, viewer, {
      ...page,
      filter: { countryCodes: [country.code] },
      orderBy: PracticeOrder.NEWEST,
    });
  }
}
