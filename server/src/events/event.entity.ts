import { Collection, Entity, ManyToMany, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { Country } from '../countries/country.entity';
import { Source } from '../sources/source.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A workshop or forum where practices were presented, such as the 2019 Yogyakarta reintegration workshop.',
})
export class Event extends AtlasEntity {
  @Column.string({ length: 120, unique: true, description: 'Stable short key.' })
  key!: string;

  @Column.text({ description: 'Name in English.' })
  name!: string;

  @Column.text({ nullable: true, description: 'Name in the host’s language, where different.' })
  localName: string | null = null;

  @Column.string({ length: 120, nullable: true, description: 'City, or null for online events.' })
  city: string | null = null;

  @ManyToOne(() => Country, { ref: true, nullable: true })
  country: Ref<Country> | null = null;

  @Column.string({ length: 10, description: 'First day, ISO 8601, possibly partial.' })
  startDate!: string;

  @Column.string({ length: 10, nullable: true, description: 'Last day, ISO 8601, where it lasted more than one day.' })
  endDate: string | null = null;

  @Column.text({ nullable: true, description: 'Who organised or hosted it.' })
  organiser: string | null = null;

  @Column.text({ description: 'What it was about.' })
  summary!: string;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
