import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { Source } from '../sources/source.entity';
import { Country } from './country.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'The official name of one of a member state’s ministries, departments, laws or decisions in a national language, as a cited source writes it.',
})
export class OfficialName extends AtlasEntity {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @Column.text({
    description: 'What it is called in English (`Ministry of Labour and Vocational Training`).',
  })
  name!: string;

  @Column.text({
    description: 'The name as its source writes it, in the national language and its script.',
  })
  nameAsGiven!: string;

  @Column.string({
    length: 8,
    description:
      'Language of `nameAsGiven`, a content language of the Atlas by BCP 47 code (`km`, `lo`, `my`, `th`, `vi`, …).',
  })
  language!: string;

  /** The source that writes the name (the `source` field of the API). */
  @ManyToOne(() => Source, { ref: true })
  source!: Ref<Source>;
}
