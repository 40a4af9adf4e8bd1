import { Collection, Entity, Enum, ManyToMany, Property } from '@mikro-orm/core';
import { InstrumentKind } from '@atlas/shared';
import { Field, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { Source } from '../sources/source.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A piece of the ASEAN regional framework on migrant workers: the 2007 Cebu Declaration, the ACMW, the 2017 Consensus, its Action Plan 2018–2025, the Guidelines on return and reintegration, …',
})
export class RegionalInstrument extends AtlasEntity<'areas'> {
  @Field(() => String, { description: 'Stable short key.' })
  @Property({ type: 'string', length: 120, unique: true })
  key!: string;

  @Field(() => InstrumentKind, { description: 'Kind of instrument.' })
  @Enum({ items: () => InstrumentKind, type: 'string', length: 20 })
  kind!: InstrumentKind;

  @Field(() => String, { description: 'Full title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Short title in common use (`Cebu Declaration`).' })
  @Property({ type: 'string', length: 120, nullable: true })
  shortTitle: string | null = null;

  @Field(() => String, { nullable: true, description: 'Date adopted, ISO 8601, possibly partial; null where unknown.' })
  @Property({ type: 'string', length: 10, nullable: true })
  adoptedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where or by whom it was adopted.' })
  @Property({ type: 'text', nullable: true })
  adoptedAt: string | null = null;

  @Field(() => String, { description: 'What it provides, especially on return and reintegration.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => [String], { description: 'Its areas, chapters or thrusts, where the sources list them.' })
  @Property({ type: 'json' })
  areas: string[] = [];

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
