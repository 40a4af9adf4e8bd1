import { Collection, Entity, Index, ManyToMany, ManyToOne, OneToMany, type Ref } from '@mikro-orm/core';
import { EvidenceLevel, PracticeStatus, Theme } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Column } from '../db/columns';
import { notFoundColumn } from '../db/not-found-column';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import { Node } from '../graphql/node.type';
import { Outcome } from '../outcomes/outcome.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { ReachEntity } from '../programs/reach.entity';
import { Source } from '../sources/source.entity';
import { Study } from '../studies/study.entity';
import { THEMES } from '../vocabularies';

@Entity()
@Index({ properties: ['status', 'country'] })
@Index({ properties: ['status', 'year'] })
@Index({ properties: ['status', 'program'] })
// Covering the facet counts and stats (migration 120000): they read this narrow index, never the wide rows.
@Index({
  name: 'practice_facets_index',
  properties: [
    'status',
    'country',
    'year',
    'program',
    'evidenceLevel',
    'kind',
    'themes',
    'dimensions',
    'levels',
    'stakeholders',
    'targetGroups',
  ],
})
@ObjectType({
  implements: Node,
  description: 'A good practice or lesson in return and reintegration: the unit people browse and compare.',
})
export class Practice extends ReachEntity<
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'status'
  | 'partners'
  | 'notFound'
  | 'createdBy'
  | 'rejectionReason'
  | 'publishedAt'
  | 'lastEditedAt'
> {
  @Column.string({ length: 120, unique: true, description: 'Stable short key, unique in the Atlas.' })
  key!: string;

  @Column.text({ description: 'Title.' })
  title!: string;

  @Column.text({ description: 'One or two sentences.' })
  summary!: string;

  @Column.text({ description: 'Full description, plain text with blank lines between paragraphs.' })
  body!: string;

  @ManyToOne(() => Country, { ref: true })
  country!: Ref<Country>;

  @ManyToOne(() => ReintegrationProgram, { ref: true, nullable: true })
  program: Ref<ReintegrationProgram> | null = null;

  @Column.int({ description: 'Year the practice began or was first documented.' })
  year!: number;

  @Column.enumSet(Theme, THEMES, { description: 'What it is about.' })
  themes: Theme[] = [];

  @Column.enum(EvidenceLevel, { length: 20, description: 'How strong the evidence of its results is.' })
  evidenceLevel!: EvidenceLevel;

  @Column.enum(PracticeStatus, {
    length: 20,
    description: 'Editorial workflow status. Anonymous readers see PUBLISHED only.',
  })
  status: PracticeStatus = PracticeStatus.DRAFT;

  @Column.json(() => [String], { description: 'Partners, such as the destination country a practice is run with.' })
  partners: string[] = [];

  @notFoundColumn()
  notFound: string[] = [];

  @ManyToOne(() => Event, { ref: true, nullable: true })
  event: Ref<Event> | null = null;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);

  @OneToMany(() => Outcome, (outcome) => outcome.practice, { orderBy: { year: 'asc', id: 'asc' } })
  outcomes = new Collection<Outcome>(this);

  @Column.text({ nullable: true, description: 'Why an editor rejected it, while it is REJECTED.' })
  rejectionReason: string | null = null;

  /** The contributor or editor who created it; null for the seed and imports. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @Column.dateTime({ nullable: true, description: 'When it was (last) published.' })
  publishedAt: Date | null = null;

  @Column.dateTime({ description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Column.dateTime({
    onUpdate: () => new Date(),
    description:
      'When the record last changed in the database, by anyone or anything: the seed and imports set it to when they ran. For the last change by a person, see lastEditedAt.',
  })
  updatedAt: Date = new Date();

  @Column.dateTime({
    nullable: true,
    description:
      'When a person last changed it through the API: created, edited, submitted, published, rejected, archived or restored it. Null while it is as the seed or an import wrote it; the dates of its sources then say how current it is.',
  })
  lastEditedAt: Date | null = null;

  @Column.version()
  version!: number;

  @ManyToMany(() => Study, (study) => study.practices, { orderBy: { year: 'desc', id: 'asc' } })
  studies = new Collection<Study>(this);
}
