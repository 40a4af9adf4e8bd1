import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { authorize } from '../access/policy';
import type { AtlasContext } from '../graphql/context';
import { CountryInput } from './country.input';
import { Country } from './country.entity';
import { upsertCountry } from './upsert-country';

@Resolver(() => Country)
export class CountryMutationResolver {
  @Mutation(() => Country, {
    description:
      'Changes a member state’s entry (found by input.code) as a whole, legal instruments included; or creates one (rare: the 11 exist). Editors only. expectedVersion is required to change an entry, and must be null to create one.',
  })
  upsertCountry(
    @Arg('input', () => CountryInput, { description: 'The whole entry.' }) input: CountryInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'The version your change is based on (CONFLICT if the entry changed since); null to create.',
    })
    expectedVersion: number | null,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<Country> {
    authorize(viewer, 'content.edit');
    return upsertCountry(em, viewer, input, expectedVersion);
  }
}
