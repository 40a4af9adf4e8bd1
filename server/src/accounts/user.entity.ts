import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType, UseMiddleware } from 'type-graphql';
import { Country } from '../countries/country.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
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

  @Column.string({ length: 200, description: 'Full name.' })
  name!: string;

  @Column.enum(Role, { length: 20, description: 'What the account may do.' })
  role!: Role;

  @Column.string({ length: 200, nullable: true, description: 'Organisation the person works for.' })
  organisation: string | null = null;

  @Column.enum(Constituency, { length: 20, description: 'Which constituent the account speaks for.' })
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

  @UseMiddleware(personalField)
  @Column.dateTime({
    nullable: true,
    description: 'When the account was disabled; null while active, and unless you are an admin or this account.',
  })
  disabledAt: Date | null = null;
}
