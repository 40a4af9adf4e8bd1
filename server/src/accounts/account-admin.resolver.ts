import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import {
  Connection,
  ConnectionResult,
  PageArgs,
  pageRequest,
  readKeysetPage,
  type Keyset,
} from '../graphql/pagination';
import { changeAccount, type AccountChange } from './account-changes';
import { createUser } from './create-user';
import { authorize } from '../access/policy';
import { Constituency, Role } from '../access/role';
import { User } from './user.entity';

/** Accounts by email address (unique), the ID last. */
const USER_KEYSET: Keyset = {
  list: 'User',
  order: 'EMAIL',
  keys: [
    { column: 'u.email', direction: 'asc' },
    { column: 'u.id', direction: 'asc' },
  ],
};

@ObjectType({ description: 'A page of accounts.' })
class UserConnection extends Connection(User, 'User', 'accounts') {}

@InputType({ description: 'A new account.' })
class NewUserInput {
  @Field(() => String, { description: 'Email address, used to sign in; unique (stored in lower case).' })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => Role, { description: 'What the account may do.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Organisation the person works for.' })
  organisation?: string | null;

  @Field(() => Constituency, {
    nullable: true,
    description: 'Which constituent it speaks for; SECRETARIAT by default.',
  })
  constituency?: Constituency | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of the member state it works for.' })
  countryCode?: string | null;

  @Field(() => String, { description: 'Its first password: 12 characters or more. Tell it to the person privately.' })
  password!: string;
}

const ACCOUNT_ID = { description: 'Global ID of the account.' };

/** Account management: admins only (`users.manage`), every change recorded in the account's history. */
@Resolver(() => User)
export class AccountAdminResolver {
  @Query(() => UserConnection, { description: 'Every account, by email address. Admins only.' })
  async users(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer, dialect }: AtlasContext,
  ): Promise<ConnectionResult<User>> {
    authorize(viewer, 'users.manage');
    const request = pageRequest(page, USER_KEYSET);
    const slice = await readKeysetPage(em, dialect, () => em.getKnex().from({ u: 'atlas_user' }), request);
    const found = await em.find(User, { id: { $in: slice.ids } });
    const byId = new Map(found.map((user) => [user.id, user]));
    const items = slice.ids.map((id) => byId.get(id)).filter((user): user is User => user !== undefined);
    return new ConnectionResult(items, slice, () => em.count(User));
  }

  @Mutation(() => User, { description: 'Creates an account. Admins only.' })
  createUser(
    @Arg('input', () => NewUserInput, { description: 'The account.' }) input: NewUserInput,
    @Ctx() { em, viewer }: AtlasContext,
  ): Promise<User> {
    authorize(viewer, 'users.manage');
    // A null optional field is one left out.
    const given = Object.fromEntries(Object.entries({ ...input }).filter(([, value]) => value != null));
    return createUser(em, given, viewer);
  }

  @Mutation(() => User, {
    description:
      'Disables an account: it can no longer sign in, and its sessions are revoked at once (their tokens get HTTP 401). Admins only; not the last active admin.',
  })
  disableUser(@Arg('id', () => ID, ACCOUNT_ID) id: string, @Ctx() context: AtlasContext): Promise<User> {
    return change(context, id, { kind: 'disable' }).then((done) => done.user);
  }

  @Mutation(() => User, { description: 'Enables a disabled account again (it signs in anew). Admins only.' })
  enableUser(@Arg('id', () => ID, ACCOUNT_ID) id: string, @Ctx() context: AtlasContext): Promise<User> {
    return change(context, id, { kind: 'enable' }).then((done) => done.user);
  }

  @Mutation(() => User, {
    description: 'Gives an account another role, effective on its next request. Admins only; not the last admin’s.',
  })
  setUserRole(
    @Arg('id', () => ID, ACCOUNT_ID) id: string,
    @Arg('role', () => Role, { description: 'The new role.' }) role: Role,
    @Ctx() context: AtlasContext,
  ): Promise<User> {
    return change(context, id, { kind: 'role', role }).then((done) => done.user);
  }

  @Mutation(() => User, {
    description: 'Sets an account’s password (12 characters or more) and revokes its sessions. Admins only.',
  })
  setUserPassword(
    @Arg('id', () => ID, ACCOUNT_ID) id: string,
    @Arg('password', () => String, { description: 'The new password.' }) password: string,
    @Ctx() context: AtlasContext,
  ): Promise<User> {
    return change(context, id, { kind: 'password', password }).then((done) => done.user);
  }

  @Mutation(() => Int, {
    description:
      'Signs an account out everywhere: revokes its live sessions (their tokens get HTTP 401). Returns how many. Admins only.',
  })
  revokeSessions(@Arg('id', () => ID, ACCOUNT_ID) id: string, @Ctx() context: AtlasContext): Promise<number> {
    return change(context, id, { kind: 'revoke-sessions' }).then((done) => done.revokedSessions);
  }
}

function change({ em, viewer }: AtlasContext, id: string, what: AccountChange) {
  authorize(viewer, 'users.manage');
  return changeAccount(em, viewer, { id }, what);
}
