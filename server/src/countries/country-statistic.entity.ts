import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { Sex } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
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
export class CountryStatistic extends AtlasEntity<'sex' | 'version' | 'yearStated' | 'destination' | 'phase'> {
  @ManyToOne(() => Country, { ref: true, deleteRule: 'cascade' })
  country!: Ref<Country>;

  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @Column.int({
    description:
      'Year (period) the figure describes; where its source does not say (yearStated false), the year the source published it.',
  })
  year!: number;

  @Column.boolean({
    description:
      'Whether the source states the year the figure describes; false when `year` is only the year the source was published (its `publishedOn`).',
  })
  yearStated = true;

  @Column.string({
    length: 2,
    nullable: true,
    description:
      'Breakdown: the destination country the figure is about (ISO 3166-1 alpha-2, any country: `KR`, `AU`); null when not broken down.',
  })
  destination: string | null = null;

  @Column.text({
    nullable: true,
    description: 'Breakdown: the programme phase the figure is about (`TRIANGLE I`); null when not broken down.',
  })
  phase: string | null = null;

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
