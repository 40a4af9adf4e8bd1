import { Collection, Entity, ManyToMany, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { Source } from '../sources/source.entity';
import { Country } from './country.entity';

@Entity()
@ObjectType({ implements: Node, description: 'A national law, decree or policy on migrant workers.' })
export class LegalInstrument extends AtlasEntity {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @Field(() => String, { description: 'Title of the instrument.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Year adopted.' })
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Field(() => String, { nullable: true, description: 'Date adopted, ISO 8601, possibly partial.' })
  @Property({ type: 'string', length: 10, nullable: true })
  date: string | null = null;

  @Field(() => String, { nullable: true, description: 'What it says about migrant workers and their return.' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
