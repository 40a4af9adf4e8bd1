import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { TranslationOrigin } from '@atlas/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { toGlobalId } from '../graphql/global-id';
import { Source } from '../sources/source.entity';

/**
 * One text field of one record in one language (`TRANSLATABLE_FIELDS` says which fields of which
 * kinds). The record is named by type and id rather than by a relation per kind, so that one table
 * serves every translatable kind; a translation is readable where its record is (access/viewer.ts).
 */
@Entity()
@Unique({ properties: ['recordType', 'recordId', 'field', 'language'] })
@Index({ properties: ['source'] })
@ObjectType({ implements: Node, description: 'One text field of a record in another language than its own.' })
export class Translation extends AtlasEntity<
  'version' | 'createdAt' | 'updatedAt' | 'source' | 'origin' | 'recordGlobalId'
> {
  @Column.string({
    length: 40,
    description: 'Type of the translated record (`Practice`, `ReintegrationProgram`, …).',
  })
  recordType!: string;

  @Property({ type: 'integer' })
  recordId!: number;

  @Column.string({
    length: 40,
    description: 'The field translated, as its type names it (`title`, `summary`, `unit`, …).',
  })
  field!: string;

  @Column.string({ length: 8, description: 'Language of the text, a BCP 47 code (`id` for Bahasa Indonesia).' })
  language!: string;

  @Column.text({ description: 'The text in that language.' })
  text!: string;

  @Column.enum(TranslationOrigin, {
    length: 10,
    description: 'Who gives this wording: a cited source, or the Atlas.',
  })
  origin: TranslationOrigin = TranslationOrigin.ATLAS;

  /** The source giving this wording (origin SOURCE); exposed by translation.resolver.ts. */
  @ManyToOne(() => Source, { ref: true, nullable: true })
  source: Ref<Source> | null = null;

  @Column.version()
  version!: number;

  @Column.dateTime({ description: 'When it was added.' })
  createdAt: Date = new Date();

  @Column.dateTime({ description: 'When its text last changed.' })
  updatedAt: Date = new Date();

  @Field(() => ID, { description: 'Global ID of the translated record.' })
  get recordGlobalId(): string {
    return toGlobalId(this.recordType, this.recordId);
  }
}
