import { Collection, Entity, ManyToMany, ManyToOne, type Ref } from '@mikro-orm/core';
import { StudyDesign } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { Country } from '../countries/country.entity';
import { Node } from '../graphql/node.type';
import type { Practice } from '../practices/practice.entity';
import type { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';

@Entity()
@ObjectType({
  implements: Node,
  description:
    'A study of programmes and practices: an evaluation, a survey of returnees, an audit study or a randomised trial, with its design, sample, what it measured, its findings and its source. It is what stands behind a practice’s evidence level.',
})
export class Study extends AtlasEntity<'version' | 'updatedAt'> {
  @Column.string({ length: 120, unique: true, description: 'Stable short key (`flinders-tl-returnees-2022`, …).' })
  key!: string;

  @Column.text({ description: 'Title, or a short description where the source gives none.' })
  title!: string;

  @Column.text({ nullable: true, description: 'Who carried it out: authors or institution, as the source names them.' })
  authors: string | null = null;

  @Column.enum(StudyDesign, { length: 20, description: 'How it was designed.' })
  design!: StudyDesign;

  @Column.int({
    nullable: true,
    description:
      'Year of its fieldwork or experiment (the last year where it ran over several); null where the sources consulted give none.',
  })
  year: number | null = null;

  @Column.int({
    nullable: true,
    description: 'How many people (or households, cases) it studied, where the source says.',
  })
  sampleSize: number | null = null;

  @Column.text({
    nullable: true,
    description: 'Who or what was studied, in the source’s terms (“more than 700 workers”).',
  })
  sample: string | null = null;

  @Column.text({ description: 'What it measured or examined.' })
  measured!: string;

  @Column.text({
    description: 'What it found, as its source reports it; figures it gives are also recorded as outcomes.',
  })
  findings!: string;

  @ManyToOne(() => Source, { ref: true })
  source!: Ref<Source>;

  @ManyToMany({
    entity: 'ReintegrationProgram',
    pivotTable: 'study_programs',
    joinColumn: 'study_id',
    inverseJoinColumn: 'program_id',
  })
  programs = new Collection<ReintegrationProgram>(this);

  @ManyToMany({
    entity: 'Practice',
    pivotTable: 'study_practices',
    joinColumn: 'study_id',
    inverseJoinColumn: 'practice_id',
  })
  practices = new Collection<Practice>(this);

  /** The member states it concerns: those of its programmes and practices, and any other it names. */
  @ManyToMany({
    entity: () => Country,
    pivotTable: 'study_countries',
    joinColumn: 'study_id',
    inverseJoinColumn: 'country_id',
  })
  countries = new Collection<Country>(this);

  @Column.version()
  version!: number;

  @Column.dateTime({
    nullable: true,
    description: 'When the study’s record last changed; null if unchanged since the seed.',
  })
  updatedAt: Date | null = null;
}
