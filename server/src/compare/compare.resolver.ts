import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { concurrencyLimit } from '../limits/concurrency-limit';
import { compareCountries } from './compare-countries';
import { CountryComparison } from './country-comparison.type';

/** Comparisons built at once (each holds up to 5,000 outcomes); the others queue. */
const comparing = concurrencyLimit(2);

@Resolver()
export class CompareResolver {
  @Query(() => CountryComparison, {
    description: 'Member states side by side: their figures on shared indicators and their practice coverage.',
  })
  compareCountries(
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
    @Ctx() { em, related, signal }: AtlasContext,
  ): Promise<CountryComparison> {
    return comparing(() => compareCountries(em, related, codes, indicatorCodes), signal);
  }
}
