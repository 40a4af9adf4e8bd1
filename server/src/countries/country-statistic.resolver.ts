import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Indicator } from '../indicators/indicator.entity';
import { Source } from '../sources/source.entity';
import { CountryStatistic } from './country-statistic.entity';
import { Country } from './country.entity';

@Resolver(() => CountryStatistic)
export class CountryStatisticResolver {
  @FieldResolver(() => Country, { description: 'The country the figure is about.' })
  country(@Root() statistic: CountryStatistic): Promise<Country> {
    return statistic.country.loadOrFail();
  }

  @FieldResolver(() => Indicator, { description: 'What the figure measures, and its unit.' })
  indicator(@Root() statistic: CountryStatistic): Promise<Indicator> {
    return statistic.indicator.loadOrFail();
  }

  @FieldResolver(() => Source, { description: 'Where the figure comes from.' })
  source(@Root() statistic: CountryStatistic): Promise<Source> {
    return statistic.source.loadOrFail();
  }
}
