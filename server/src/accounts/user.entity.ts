import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType, UseMiddleware } from 'type-graphql';
import { Country } from '../countries/country.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { personalField } from '../access/account-visibility';
import { Constituency, Role } from '../access/role';

@Entity({ tableName: 'atlas_user' })
@ObjectType({
  implements: Node,
  description:
    'An account of secretariat staff or of a constituent’s focal point. Its name, organisation, constituency, country and role are shown wherever the account may be seen (to editors: as the author of a change); its email and dates to admins and to the account itself only.',
})
export class User extends AtlasEntity<'createdAt' | 'disabledAt' | 'organisation' | 'country'> {
  @Field(() => String, {
    nullable: true,
    description: 'Email address, used to sign in; unique, lower case. Null unless you are an admin or this account.',
  })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Role, { description: 'What the account may do.' })
  @Enum({ items: () => Role, type: 'string', length: 20 })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Organisation the person works for.' })
  @Property({ type: 'string', length: 200, nullable: true })
  organisation: string | null = null;

  @Field(() => Constituency, { description: 'Which constituent the account speaks for.' })
  @Enum({ items: () => Constituency, type: 'string', length: 20 })
  constituency!: Constituency;

  @ManyToOne(() => Country, { ref: true, nullable: true })
  country: Ref<Country> | null = null;

  /** scrypt hash with its parameters and salt: never exposed. */
  @Property({ type: 'string', length: 300, hidden: true })
  passwordHash!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the account was created. Null unless you are an admin or this account.',
  })
  @UseMiddleware(personalField)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the account was disabled; null while active, and unless you are an admin or this account.',
  })
  @UseMiddleware(personalField)
  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;
}
