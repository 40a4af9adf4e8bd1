import { Entity } from '@mikro-orm/core';
import { Dimension } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'What an outcome or a country statistic measures: a code, a name and a unit.',
})
export class Indicator extends AtlasEntity {
  @Column.string({
    length: 80,
    unique: true,
    description: 'Stable code, UPPER_SNAKE_CASE (`NRCO_LIVELIHOOD_BENEFICIARIES`).',
  })
  code!: string;

  @Column.text({ description: 'Human-readable name.' })
  name!: string;

  @Column.text({ description: 'What is counted, and how.' })
  description!: string;

  @Column.string({ length: 80, description: 'Unit of the values (`persons`, `villages`, `USD`, `percent of GDP`, …).' })
  unit!: string;

  @Column.enum(Dimension, { length: 20, nullable: true, description: 'Reintegration dimension it informs, if any.' })
  dimension: Dimension | null = null;

  @Column.boolean({
    nullable: true,
    description: 'Whether a higher value is better; null where it is not a matter of better or worse.',
  })
  higherIsBetter: boolean | null = null;
}
