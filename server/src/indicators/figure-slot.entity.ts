import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';

type SlotColumn = 'yearStated' | 'destination' | 'phase';

/**
 * What places a figure (a programme's outcome, a country's statistic) on its indicator: the year
 * it describes and its breakdown, so that two different figures never share one slot. Outcome and
 * CountryStatistic extend it; an object type only so that type-graphql copies its fields into theirs.
 */
@ObjectType({ description: 'Where a figure stands: its year and breakdown.' })
export abstract class FigureSlotEntity<Optional extends string = never> extends AtlasEntity<Optional | SlotColumn> {
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
}
