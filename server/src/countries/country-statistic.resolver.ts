import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Indicator } from '../indicators/indicator.entity';
import { Source } from '../sources/source.entity';
import { CountryStatistic } from './country-statistic.entity';
import { Country } from './country.entity';

@Resolver(() => CountryStatistic)
export class CountryStatisticResolver {
  @FieldResolver(() => Country, { description: 'The country the figure is about.' })
  async country(@Root() statistic: CountryStatistic, @Ctx() { related }: AtlasContext): Promise<Country> {
    return (await related.one(Country, statistic.country.id))!;
  }

  @FieldResolver(() => Indicator, { description: 'What the figure measures, and its unit.' })
  async indicator(@Root() statistic: CountryStatistic, @Ctx() { related }: AtlasContext): Promise<Indicator> {
    return (await related.one(Indicator, statistic.indicator.id))!;
  }

  @FieldResolver(() => Source, { description: 'Where the figure comes from.' })
  async source(@Root() statistic: CountryStatistic, @Ctx() { related }: AtlasContext): Promise<Source> {
    return (await related.one(Source, statistic.source.id))!;
  }
}
