import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signInSchema } from '@atlas/shared/rules';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { parseInput } from '../graphql/validate-input';
import { login, logout } from './auth.service';
import { User } from './user.entity';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
class LoginResult {
  @Field(() => String, { description: 'The bearer token. Keep it secret; it is shown once.' })
  token!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the token stops working.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in account.' })
  user!: User;
}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginResult, {
    description:
      'Signs in. An empty or malformed address, or an empty password, is BAD_USER_INPUT naming it (as the sign-in form checks); repeated failures are throttled per account and per address (RATE_LIMITED).',
  })
  login(
    @Arg('email', () => String, { description: 'The account’s email address.' }) email: string,
    @Arg('password', () => String, { description: 'The account’s password.' }) password: string,
    @Ctx() { em, request, services }: AtlasContext,
  ): Promise<LoginResult> {
    // The sign-in form's rules (an address, a password), before anything is looked up or counted.
    parseInput(signInSchema, { email, password }, '');
    return login(em, services.loginThrottle, email, password, request.address);
  }

  @Mutation(() => Boolean, { description: 'Signs out: revokes the bearer token of this request. False without one.' })
  logout(@Ctx() { em, request }: AtlasContext): Promise<boolean> {
    return request.token ? logout(em, request.token) : Promise.resolve(false);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in account; null for anonymous readers.' })
  me(@Ctx() { em, viewer }: AtlasContext): Promise<User | null> {
    return viewer.userId === null ? Promise.resolve(null) : em.findOne(User, { id: viewer.userId });
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The member state the account works for, if any.' })
  country(@Root() user: User, @Ctx() { related }: AtlasContext): Promise<Country | null> {
    return related.one(Country, user.country?.id);
  }
}
