import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Sex } from '@atlas/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { Indicator } from '../indicators/indicator.entity';
import { Source } from '../sources/source.entity';
import { Country } from './country.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A headline statistic of a country (migrant workers abroad, remittances, …), with its source. Where sources disagree, each figure is kept with its own source.',
})
export class CountryStatistic extends AtlasEntity<'sex' | 'version'> {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @Field(() => Int, { description: 'Year the figure refers to.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, { description: 'The figure, in the unit of its indicator.' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => Sex, { description: 'Sex disaggregation of the figure.' })
  @Enum({ items: () => Sex, type: 'string', length: 6 })
  sex: Sex = Sex.TOTAL;

  @ManyToOne(() => Source, { ref: true })
  source!: Ref<Source>;

  @Field(() => String, { nullable: true, description: 'Caveats: period covered, definitions, disagreements.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Int, {
    description:
      'Version for optimistic locking; increases with every change (updateCountryStatistic, deleteCountryStatistic).',
  })
  @Property({ type: 'integer', version: true })
  version!: number;
}
