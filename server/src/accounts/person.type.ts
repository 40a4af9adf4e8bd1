import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { Constituency } from '../access/role';
import type { User } from './user.entity';

/**
 * An account as the people it works with see it in the editorial workflow (who submitted a practice):
 * a name, an organisation, a constituency and a country. Never the e-mail address, role or any other
 * detail of the account, which are its owner's and the admins' alone. Resolved from the account itself.
 */
@ObjectType({
  description:
    'Someone with an account, as editors see them in the workflow: name, organisation, constituency and country; never their e-mail address.',
})
export class Person {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Organisation they work for, if the account gives one.' })
  organisation!: string | null;

  @Field(() => Constituency, { description: 'Which constituent (or the ASEAN Secretariat) they speak for.' })
  constituency!: Constituency;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Country, {
    nullable: true,
    description: 'The member state they work for, if the account gives one.',
  })
  country(@Root() account: User, @Ctx() { related }: AtlasContext): Promise<Country | null> {
    return related.one(Country, account.country?.id);
  }
}
