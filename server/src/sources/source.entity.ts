import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import type { User } from '../accounts/user.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A citation: the document a practice, programme or figure comes from.',
})
export class Source extends AtlasEntity<'createdBy'> {
  @Field(() => String, { description: 'Stable short key of the source, unique in the Atlas.' })
  @Property({ type: 'string', length: 120, unique: true })
  key!: string;

  @Field(() => String, { description: 'Title of the cited document or page.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it (site, agency, journal).' })
  @Property({ type: 'string', length: 300, nullable: true })
  publisher: string | null = null;

  @Field(() => String, { description: 'Address of the document, as cited.' })
  @Property({ type: 'text', unique: true })
  url!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date, ISO 8601, possibly partial (`2019`, `2019-08`, `2019-08-27`).',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Language of the document, ISO 639-1 (`en`, `id`, …).' })
  @Property({ type: 'string', length: 8, nullable: true })
  language: string | null = null;

  /**
   * The account that added it (`createSource`, or a new source in a practice's input); null for the
   * seed and imports. Not exposed: it decides who may read a source no public record cites yet
   * (accounts/viewer.ts). No delete rule: an account is disabled, never deleted, and a source whose
   * author vanished must not become a curated (public) one.
   */
  @ManyToOne('User', { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;
}
