import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import type { User } from '../accounts/user.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A citation: the document a practice, programme or figure comes from.',
})
export class Source extends AtlasEntity<'weak' | 'createdBy'> {
  @Column.string({ length: 120, unique: true, description: 'Stable short key of the source, unique in the Atlas.' })
  key!: string;

  @Column.text({ description: 'Title of the cited document or page.' })
  title!: string;

  @Column.string({ length: 300, nullable: true, description: 'Who published it (site, agency, journal).' })
  publisher: string | null = null;

  @Column.text({ unique: true, description: 'Address of the document, as cited.' })
  url!: string;

  @Column.string({
    length: 10,
    nullable: true,
    description: 'Publication date, ISO 8601, possibly partial (`2019`, `2019-08`, `2019-08-27`).',
  })
  publishedOn: string | null = null;

  @Column.string({ length: 8, nullable: true, description: 'Language of the document, ISO 639-1 (`en`, `id`, …).' })
  language: string | null = null;

  @Column.boolean({
    description:
      "The research files flag this source as weak: a blog, a repost or a document mirror, not the publisher's own copy.",
  })
  weak = false;

  /**
   * The account that added it (`createSource`, or a new source in a practice's input); null for the
   * seed and imports. Not exposed: it decides who may read a source no public record cites yet
   * (access/viewer.ts). No delete rule: an account is disabled, never deleted, and a source whose
   * author vanished must not become a curated (public) one.
   */
  @ManyToOne('User', { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;
}
