import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Dimension, EvidenceLevel, Level, PracticeStatus, Stakeholder, TargetGroup, Theme } from '@atlas/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { AtlasEntity } from '../db/atlas.entity';
import { EnumSetType } from '../db/enum-set.type';
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
  @Field(() => String, { description: 'Stable short key, unique in the Atlas.' })
  @Property({ type: 'string', length: 120, unique: true })
  key!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'One or two sentences.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'Full description, plain text with blank lines between paragraphs.' })
  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => Country, { ref: true })
  country!: Ref<Country>;

  @ManyToOne(() => ReintegrationProgram, { ref: true, nullable: true })
  program: Ref<ReintegrationProgram> | null = null;

  @Field(() => Int, { description: 'Year the practice began or was first documented.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => [Theme], { description: 'What it is about.' })
  @Property({ type: new EnumSetType(THEMES) })
  themes: Theme[] = [];

  @Field(() => [Dimension], { description: 'Reintegration dimensions it addresses.' })
  @Property({ type: new EnumSetType(DIMENSIONS) })
  dimensions: Dimension[] = [];

  @Field(() => [Level], { description: 'Levels it works at.' })
  @Property({ type: new EnumSetType(LEVELS) })
  levels: Level[] = [];

  @Field(() => [Stakeholder], { description: 'Kinds of organisation involved.' })
  @Property({ type: new EnumSetType(STAKEHOLDERS) })
  stakeholders: Stakeholder[] = [];

  @Field(() => [TargetGroup], { description: 'Whom it serves.' })
  @Property({ type: new EnumSetType(TARGET_GROUPS) })
  targetGroups: TargetGroup[] = [];

  @Field(() => EvidenceLevel, { description: 'How strong the evidence of its results is.' })
  @Enum({ items: () => EvidenceLevel, type: 'string', length: 20 })
  evidenceLevel!: EvidenceLevel;

  @Field(() => PracticeStatus, { description: 'Editorial workflow status. Anonymous readers see PUBLISHED only.' })
  @Enum({ items: () => PracticeStatus, type: 'string', length: 20 })
  status: PracticeStatus = PracticeStatus.DRAFT;

  @Field(() => [String], { description: 'Partners, such as the destination country a practice is run with.' })
  @Property({ type: 'json' })
  partners: string[] = [];

  @ManyToOne(() => Event, { ref: true, nullable: true })
  event: Ref<Event> | null = null;

  @ManyToMany(() => Source)
  sources = new Collection<Source>(this);

  @OneToMany(() => Outcome, (outcome) => outcome.practice, { orderBy: { year: 'asc', id: 'asc' } })
  outcomes = new Collection<Outcome>(this);

  @Field(() => String, { nullable: true, description: 'Why an editor rejected it, while it is REJECTED.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** The contributor or editor who created it; null for the seed and imports. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was (last) published.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, {
    description:
      'When the record last changed in the database, by anyone or anything: the seed and imports set it to when they ran. For the last change by a person, see lastEditedAt.',
  })
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When a person last changed it through the API: created, edited, submitted, published, rejected, archived or restored it. Null while it is as the seed or an import wrote it; the dates of its sources then say how current it is.',
  })
  @Property({ type: 'datetime', nullable: true })
  lastEditedAt: Date | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking; increases with every change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
