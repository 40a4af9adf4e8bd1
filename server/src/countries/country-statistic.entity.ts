import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { Sex } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { FigureSlotEntity } from '../indicators/figure-slot.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Source } from '../sources/source.entity';
import { Country } from './country.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A headline statistic of a country (migrant workers abroad, remittances, …), with its source. Where sources disagree, each figure is kept with its own source.',
})
export class CountryStatistic extends FigureSlotEntity<'sex' | 'version'> {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @Column.float({ description: 'The figure, in the unit of its indicator.' })
  value!: number;

  @Column.enum(Sex, { length: 6, description: 'Sex disaggregation of the figure.' })
  sex: Sex = Sex.TOTAL;

  @ManyToOne(() => Source, { ref: true })
  source!: Ref<Source>;

  @Column.text({ nullable: true, description: 'Caveats: period covered, definitions, disagreements.' })
  note: string | null = null;

  @Column.version(
    'Version for optimistic locking; increases with every change (updateCountryStatistic, deleteCountryStatistic).',
  )
  version!: number;
}
