import { Entity, Enum, Property } from '@mikro-orm/core';
import { Dimension } from '@atlas/shared';
import { Field, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';

@Entity()
@ObjectType({
  implements: Node,
  description: 'What an outcome or a country statistic measures: a code, a name and a unit.',
})
export class Indicator extends AtlasEntity {
  @Field(() => String, { description: 'Stable code, UPPER_SNAKE_CASE (`NRCO_LIVELIHOOD_BENEFICIARIES`).' })
  @Property({ type: 'string', length: 80, unique: true })
  code!: string;

  @Field(() => String, { description: 'Human-readable name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'What is counted, and how.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Unit of the values (`persons`, `villages`, `USD`, `percent of GDP`, …).' })
  @Property({ type: 'string', length: 80 })
  unit!: string;

  @Field(() => Dimension, { nullable: true, description: 'Reintegration dimension it informs, if any.' })
  @Enum({ items: () => Dimension, type: 'string', length: 20, nullable: true })
  dimension: Dimension | null = null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether a higher value is better; null where it is not a matter of better or worse.',
  })
  @Property({ type: 'boolean', nullable: true })
  higherIsBetter: boolean | null = null;
}
