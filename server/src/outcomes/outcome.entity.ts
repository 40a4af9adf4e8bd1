import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { Sex } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { Column } from '../db/columns';
import { Node } from '../graphql/node.type';
import { FigureSlotEntity } from '../indicators/figure-slot.entity';
import { Indicator } from '../indicators/indicator.entity';
import type { Practice } from '../practices/practice.entity';
import type { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';

@Entity()
@Index({ properties: ['indicator', 'year'] })
// Newest first, for compareCountries (migration 130000).
@Index({ name: 'outcome_year_id_index', properties: ['year', 'id'] })
@ObjectType({ implements: Node, description: 'One measured value of a programme’s results, with its source.' })
export class Outcome extends FigureSlotEntity<'sex'> {
  @ManyToOne('ReintegrationProgram', { ref: true, deleteRule: 'cascade' })
  program!: Ref<ReintegrationProgram>;

  @ManyToOne('Practice', { ref: true, nullable: true })
  practice: Ref<Practice> | null = null;

  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @Column.float({ description: 'The value, in the unit of its indicator.' })
  value!: number;

  @Column.enum(Sex, { length: 6, description: 'Sex disaggregation of the value.' })
  sex: Sex = Sex.TOTAL;

  @ManyToOne(() => Source, { ref: true })
  source!: Ref<Source>;

  @Column.text({ nullable: true, description: 'Caveats: period covered, targets, disagreements.' })
  note: string | null = null;
}
