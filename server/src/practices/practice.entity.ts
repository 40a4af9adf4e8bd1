import { Collection, Entity, Index, ManyToMany, ManyToOne, OneToMany, type Ref } from '@mikro-orm/core';
import { Dimension, EvidenceLevel, Level, PracticeStatus, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { AtlasEntity } from '../db/atlas.entity';
import {
  DateTimeColumn,
  EnumColumn,
  EnumSetColumn,
  IntColumn,
  JsonColumn,
  StringColumn,
  TextColumn,
  VersionColumn,
} from '../db/columns';
import { Country } from '../countries/country.entity';
import { Event } from '../events/event.entity';
import { Node } from '../graphql/node.type';
import { Outcome } from '../outcomes/outcome.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../vocabularies';

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
export class Practice extends AtlasEntity<
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'status'
  | 'levels'
  | 'partners'
  | 'createdBy'
  | 'rejectionReason'
  | 'publishedAt'
  | 'lastEditedAt'
> {
  @StringColumn({ length: 120, unique: true, description: 'Stable short key, unique in the Atlas.' })
  key!: string;

  @TextColumn({ description: 'Title.' })
  title!: string;

  @TextColumn({ description: 'One or two sentences.' })
  summary!: string;

  @TextColumn({ description: 'Full description, plain text with blank lines between paragraphs.' })
  body!: string;

  @ManyToOne(() => Country, { ref: true })
  country!: Ref<Country>;

  @ManyToOne(() => ReintegrationProgram, { ref: true, nullable: true })
  program: Ref<ReintegrationProgram> | null = null;

  @IntColumn({ description: 'Year the practice began or was first documented.' })
  year!: number;

  @EnumSetColumn(Theme, THEMES, { description: 'What it is about.' })
  themes: Theme[] = [];

  @EnumSetColumn(Dimension, DIMENSIONS, { description: 'Reintegration dimensions it addresses.' })
  dimensions: Dimension[] = [];

  @EnumSetColumn(Level, LEVELS, { description: 'Levels it works at.' })
  levels: Level[] = [];

  @EnumSetColumn(Stakeholder, STAKEHOLDERS, { description: 'Kinds of organisation involved.' })
  stakeholders: Stakeholder[] = [];

  @EnumSetColumn(TargetGroup, TARGET_GROUPS, { description: 'Whom it serves.' })
  targetGroups: TargetGroup[] = [];

  @EnumColumn(EvidenceLevel, { length: 20, description: 'How strong the evidence of its results is.' })
  evidenceLevel!: EvidenceLevel;

  @EnumColumn(PracticeStatus, {
    length: 20,
    description: 'Editorial workflow status. Anonymous readers see PUBLISHED only.',
  })
  status: PracticeStatus = PracticeStatus.DRAFT;

  @JsonColumn(() => [String], { description: 'Partners, such as the destination country a practice is run with.' })
  partners: string[] = [];

  @ManyToOne(() => Event, { ref: true, nullable: true })
  event: Ref<Event> | null = null;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);

  @OneToMany(() => Outcome, (outcome) => outcome.practice, { orderBy: { year: 'asc', id: 'asc' } })
  outcomes = new Collection<Outcome>(this);

  @TextColumn({ nullable: true, description: 'Why an editor rejected it, while it is REJECTED.' })
  rejectionReason: string | null = null;

  /** The contributor or editor who created it; null for the seed and imports. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @DateTimeColumn({ nullable: true, description: 'When it was (last) published.' })
  publishedAt: Date | null = null;

  @DateTimeColumn({ description: 'When the record was created.' })
  createdAt: Date = new Date();

  @DateTimeColumn({
    onUpdate: () => new Date(),
    description:
      'When the record last changed in the database, by anyone or anything: the seed and imports set it to when they ran. For the last change by a person, see lastEditedAt.',
  })
  updatedAt: Date = new Date();

  @DateTimeColumn({
    nullable: true,
    description:
      'When a person last changed it through the API: created, edited, submitted, published, rejected, archived or restored it. Null while it is as the seed or an import wrote it; the dates of its sources then say how current it is.',
  })
  lastEditedAt: Date | null = null;

  @VersionColumn()
  version!: number;
}
