import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { serverBusy } from '../graphql/errors';
import { QueueFull } from '../limits/concurrency-limit';
import { compareCountries } from './compare-countries';
import { CountryComparison } from './country-comparison.type';
import { comparisonKey, comparisonLine } from './shared-comparisons';

/** Two in hand (so that two asking alike share a build), 64 waiting: at 2.9 MB an answer, more wait their turn than a time limit lets through. */
const comparisons = comparisonLine({ atOnce: 2, maxWaiting: 64 });

@Resolver()
export class CompareResolver {
  @Query(() => CountryComparison, {
    description: 'Member states side by side: their figures on shared indicators and their practice coverage.',
  })
  async compareCountries(
    @Arg('codes', () => [String], {
      description: 'ISO 3166-1 alpha-2 codes of 1 to 11 member states, in display order.',
    })
    codes: string[],
    @Arg('indicatorCodes', () => [String], {
      nullable: true,
      description:
        'Indicators to compare (at least one); leave out for every indicator with a figure for any of the countries. An empty list is refused.',
    })
    indicatorCodes: string[] | null,
    @Ctx() { em, related, viewer, signal }: AtlasContext,
  ): Promise<CountryComparison> {
    const key = await comparisonKey(em, viewer, codes, indicatorCodes);
    try {
      return await comparisons(key, () => compareCountries(em, related, codes, indicatorCodes), signal);
    } catch (error) {
      if (!(error instanceof QueueFull)) throw error;
      throw serverBusy('Too many comparisons are being answered at this moment.', 5);
    }
  }
}
