import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { TranslationOrigin } from '@atlas/shared/rules';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { toGlobalId } from '../graphql/global-id';
import { Source } from '../sources/source.entity';

registerEnumType(TranslationOrigin, {
  name: 'TranslationOrigin',
  description: 'Who gives a translation’s wording.',
  valuesConfig: {
    SOURCE: { description: 'The wording a cited source gives (an agency’s own name of its programme, say).' },
    ATLAS: { description: 'Translated by the Atlas’s editors or contributors.' },
  },
});

/**
 * One text field of one record in one language (translations/translatable.ts says which fields of
 * which kinds). The record is named by type and id rather than by a relation per kind, so that one
 * table serves every translatable kind; its translations go with it where it goes (removed with a
 * practice, readable where it is: access/viewer.ts).
 */
@Entity()
@Unique({ properties: ['recordType', 'recordId', 'field', 'language'] })
@Index({ properties: ['source'] })
@ObjectType({ implements: Node, description: 'One text field of a record in another language than its own.' })
export class Translation extends AtlasEntity<
  'version' | 'createdAt' | 'updatedAt' | 'source' | 'origin' | 'recordGlobalId'
> {
  @Field(() => String, { description: 'Type of the translated record (`Practice`, `ReintegrationProgram`, …).' })
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Property({ type: 'integer' })
  recordId!: number;

  @Field(() => String, { description: 'The field translated, as its type names it (`title`, `summary`, `unit`, …).' })
  @Property({ type: 'string', length: 40 })
  field!: string;

  @Field(() => String, { description: 'Language of the text, a BCP 47 code (`id` for Bahasa Indonesia).' })
  @Property({ type: 'string', length: 8 })
  language!: string;

  @Field(() => String, { description: 'The text in that language.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => TranslationOrigin, { description: 'Who gives this wording: a cited source, or the Atlas.' })
  @Enum({ items: () => TranslationOrigin, type: 'string', length: 10 })
  origin: TranslationOrigin = TranslationOrigin.ATLAS;

  /** The source giving this wording (origin SOURCE); exposed by translation.resolver.ts. */
  @ManyToOne(() => Source, { ref: true, nullable: true })
  source: Ref<Source> | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking; increases with every change.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { description: 'When its text last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Field(() => ID, { description: 'Global ID of the translated record.' })
  get recordGlobalId(): string {
    return toGlobalId(this.recordType, this.recordId);
  }
}
