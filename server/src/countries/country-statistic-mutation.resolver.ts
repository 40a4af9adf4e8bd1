import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { deleteCountryStatistic, updateCountryStatistic } from './correct-country-statistic';
import { CountryStatisticInput } from './country-statistic.input';
import { CountryStatistic } from './country-statistic.entity';
import { recordCountryStatistics } from './record-country-statistics';

const statisticId = { description: 'Global ID of the statistic.' };

@Resolver(() => CountryStatistic)
export class CountryStatisticMutationResolver {
  @Mutation(() => [CountryStatistic], {
    description:
      'Adds headline statistics to a country, all or none: every problem of every row is reported at once at its path (`rows[2].value`). A figure that disagrees with a stored one from another source is kept beside it; one its own source already gives (same indicator, year and sex) is refused: correct that one. Editors only; public at once.',
  })
  recordCountryStatistics(
    @Arg('countryCode', () => String, { description: 'The member state, by ISO 3166-1 alpha-2 code (`TL`).' })
    countryCode: string,
    @Arg('rows', () => [CountryStatisticInput], { description: 'The figures, each with its source.' })
    rows: CountryStatisticInput[],
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<CountryStatistic[]> {
    return recordCountryStatistics(em, viewer, countryCode, rows);
  }

  @Mutation(() => CountryStatistic, {
    description:
      'Corrects a country statistic as a whole (every field of the input replaces the stored one). Editors only. CONFLICT, with the current version, when it changed since expectedVersion.',
  })
  updateCountryStatistic(
    @Arg('id', () => ID, statisticId) id: string,
    @Arg('input', () => CountryStatisticInput, { description: 'The corrected figure.' }) input: CountryStatisticInput,
    @Arg('expectedVersion', () => Int, {
      description: 'The version your correction is based on (CONFLICT if the statistic changed since).',
    })
    expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<CountryStatistic> {
    return updateCountryStatistic(em, viewer, id, input, expectedVersion);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a country statistic; its DELETE revision keeps it, restorable with restoreRevision. Editors only. CONFLICT, with the current version, when it changed since expectedVersion.',
  })
  deleteCountryStatistic(
    @Arg('id', () => ID, statisticId) id: string,
    @Arg('expectedVersion', () => Int, {
      description: 'The version you decided to delete (CONFLICT if the statistic changed since).',
    })
    expectedVersion: number,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<boolean> {
    return deleteCountryStatistic(em, viewer, id, expectedVersion);
  }
}
