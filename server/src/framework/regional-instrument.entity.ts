import { Collection, Entity, ManyToMany } from '@mikro-orm/core';
import { InstrumentKind } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { Source } from '../sources/source.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A piece of the ASEAN regional framework on migrant workers: the 2007 Cebu Declaration, the ACMW, the 2017 Consensus, its Action Plan 2018–2025, the Guidelines on return and reintegration, …',
})
export class RegionalInstrument extends AtlasEntity<'areas'> {
  @Column.string({ length: 120, unique: true, description: 'Stable short key.' })
  key!: string;

  @Column.enum(InstrumentKind, { length: 20, description: 'Kind of instrument.' })
  kind!: InstrumentKind;

  @Column.text({ description: 'Full title.' })
  title!: string;

  @Column.string({ length: 120, nullable: true, description: 'Short title in common use (`Cebu Declaration`).' })
  shortTitle: string | null = null;

  @Column.string({
    length: 10,
    nullable: true,
    description: 'Date adopted, ISO 8601, possibly partial; null where unknown.',
  })
  adoptedOn: string | null = null;

  @Column.text({ nullable: true, description: 'Where or by whom it was adopted.' })
  adoptedAt: string | null = null;

  @Column.text({ description: 'What it provides, especially on return and reintegration.' })
  summary!: string;

  @Column.json(() => [String], { description: 'Its areas, chapters or thrusts, where the sources list them.' })
  areas: string[] = [];

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);
}
