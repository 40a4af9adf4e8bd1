import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
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
  @Field(() => String, { description: 'Stable short key.' })
  @Property({ type: 'string', length: 120, unique: true })
  key!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in the host’s language, where different.' })
  @Property({ type: 'text', nullable: true })
  localName: string | null = null;

  @Field(() => String, { nullable: true, description: 'City, or null for online events.' })
  @Property({ type: 'string', length: 120, nullable: true })
  city: string | null = null;

  @ManyToOne(() => Country, { ref: true, nullable: true })
  country: Ref<Country> | null = null;

  @Field(() => String, { description: 'First day, ISO 8601, possibly partial.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Last day, ISO 8601, where it lasted more than one day.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who organised or hosted it.' })
  @Property({ type: 'text', nullable: true })
  organiser: string | null = null;

  @Field(() => String, { description: 'What it was about.' })
  @Property({ type: 'text' })
  summary!: string;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
