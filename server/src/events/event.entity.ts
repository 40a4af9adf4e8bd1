import { Collection, Entity, ManyToMany, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { StringColumn, TextColumn } from '../db/columns';
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
  @StringColumn({ length: 120, unique: true, description: 'Stable short key.' })
  key!: string;

  @TextColumn({ description: 'Name in English.' })
  name!: string;

  @TextColumn({ nullable: true, description: 'Name in the host’s language, where different.' })
  localName: string | null = null;

  @StringColumn({ length: 120, nullable: true, description: 'City, or null for online events.' })
  city: string | null = null;

  @ManyToOne(() => Country, { ref: true, nullable: true })
  country: Ref<Country> | null = null;

  @StringColumn({ length: 10, description: 'First day, ISO 8601, possibly partial.' })
  startDate!: string;

  @StringColumn({ length: 10, nullable: true, description: 'Last day, ISO 8601, where it lasted more than one day.' })
  endDate: string | null = null;

  @TextColumn({ nullable: true, description: 'Who organised or hosted it.' })
  organiser: string | null = null;

  @TextColumn({ description: 'What it was about.' })
  summary!: string;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
