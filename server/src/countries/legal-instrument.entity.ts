import { Collection, Entity, ManyToMany, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { Source } from '../sources/source.entity';
import { Country } from './country.entity';

@Entity()
@ObjectType({ implements: Node, description: 'A national law, decree or policy on migrant workers.' })
export class LegalInstrument extends AtlasEntity {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @Column.text({ description: 'Title of the instrument.' })
  title!: string;

  @Column.int({ nullable: true, description: 'Year adopted.' })
  year: number | null = null;

  @Column.string({ length: 10, nullable: true, description: 'Date adopted, ISO 8601, possibly partial.' })
  date: string | null = null;

  @Column.text({ nullable: true, description: 'What it says about migrant workers and their return.' })
  summary: string | null = null;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
