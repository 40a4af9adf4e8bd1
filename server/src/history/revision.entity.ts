import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { accountHistoryField } from '../access/account-visibility';
import { User } from '../accounts/user.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { toGlobalId } from '../graphql/global-id';

export enum RevisionAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  SUBMIT = 'SUBMIT',
  PUBLISH = 'PUBLISH',
  REJECT = 'REJECT',
  ARCHIVE = 'ARCHIVE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
  IMPORT = 'IMPORT',
}

registerEnumType(RevisionAction, {
  name: 'RevisionAction',
  description: 'What a change did.',
  valuesConfig: {
    CREATE: { description: 'Created the record.' },
    UPDATE: { description: 'Changed its fields.' },
    SUBMIT: { description: 'A contributor submitted a draft for review.' },
    PUBLISH: { description: 'An editor published it.' },
    REJECT: { description: 'An editor rejected it, with a reason.' },
    ARCHIVE: { description: 'Withdrew it from view (a soft delete; restorable).' },
    DELETE: { description: 'Deleted it (the state before is kept here, restorable).' },
    RESTORE: { description: 'Brought an earlier state back.' },
    IMPORT: { description: 'Written by a bulk import.' },
  },
});

/** One change to one record: who, when, what, and the record's state before and after. */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
@ObjectType({ implements: Node, description: 'One change to one record, with its state before and after.' })
export class Revision extends AtlasEntity<'createdAt' | 'user' | 'before' | 'after' | 'note'> {
  @Column.string({ length: 40, description: 'Type of the changed record (`Practice`, `Country`, …).' })
  entityType!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  @Column.enum(RevisionAction, { length: 20, description: 'What the change did.' })
  action!: RevisionAction;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  user: Ref<User> | null = null;

  @Column.dateTime({ description: 'When.' })
  createdAt: Date = new Date();

  @UseMiddleware(accountHistoryField)
  @Column.json(() => GraphQLJSON, {
    nullable: true,
    description: 'The record before the change; null for a creation (for an account: unless you are an admin).',
  })
  before: Record<string, unknown> | null = null;

  @UseMiddleware(accountHistoryField)
  @Column.json(() => GraphQLJSON, {
    nullable: true,
    description: 'The record after the change; null for a deletion (for an account: unless you are an admin).',
  })
  after: Record<string, unknown> | null = null;

  @UseMiddleware(accountHistoryField)
  @Column.text({
    nullable: true,
    description: 'A reason given with the change (a rejection, a restore); for an account: admins only.',
  })
  note: string | null = null;

  @Field(() => ID, { description: 'Global ID of the changed record.' })
  get entityGlobalId(): string {
    return toGlobalId(this.entityType, this.entityId);
  }

  @Field(() => Int, { nullable: true, description: 'The record’s version after the change, where it has one.' })
  get version(): number | null {
    const version = this.after?.version;
    return typeof version === 'number' ? version : null;
  }
}
