import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { coverageByCountry } from './country-coverage';
import { CountryCoverage } from './country-coverage.type';

/** A member state's coverage, as a field of Country: here, so that countries depend on no other kind of record. */
@Resolver(() => Country)
export class CountryCoverageResolver {
  @FieldResolver(() => CountryCoverage, {
    description: 'What the Atlas holds about it, counted (the coverage page); published records only, the same for everybody.',
  })
  coverage(@Root() country: Country, @Ctx() { loaders }: AtlasContext): Promise<CountryCoverage> {
    return loaders.of(coverageByCountry).load(country.id);
  }
}
