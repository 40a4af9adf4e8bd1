import { Collection, Entity, Enum, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Dimension, Level, ProgramStatus, Stakeholder, TargetGroup } from '@atlas/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { EnumSetType } from '../db/enum-set.type';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS } from '../vocabularies';
import { Node } from '../graphql/node.type';
import { Country } from '../countries/country.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Source } from '../sources/source.entity';
import { ProgramComponent } from './program-component';

@Entity({ tableName: 'program' })
@ObjectType({
  implements: Node,
  description: 'A reintegration programme run in one member state, with its practices and measured outcomes.',
})
export class ReintegrationProgram extends AtlasEntity<
  'partners' | 'components' | 'dimensions' | 'levels' | 'targetGroups' | 'stakeholders' | 'version' | 'updatedAt'
> {
  @Field(() => String, { description: 'Stable short key (`desmigratif`, `nrco`, …).' })
  @Property({ type: 'string', length: 120, unique: true })
  key!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in the national language, where different.' })
  @Property({ type: 'text', nullable: true })
  localName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Acronym or short name (`Desmigratif`, `LDAP`).' })
  @Property({ type: 'string', length: 60, nullable: true })
  acronym: string | null = null;

  @ManyToOne(() => Country, { ref: true })
  country!: Ref<Country>;

  @Field(() => String, { description: 'Agency that runs it.' })
  @Property({ type: 'text' })
  leadAgency!: string;

  @Field(() => [String], {
    description: 'Partners: other governments (such as a destination country), agencies and donors.',
  })
  @Property({ type: 'json' })
  partners: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Year it started.' })
  @Property({ type: 'integer', nullable: true })
  startYear: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Year it ended, if it has.' })
  @Property({ type: 'integer', nullable: true })
  endYear: number | null = null;

  @Field(() => ProgramStatus, { description: 'Status as last reported.' })
  @Enum({ items: () => ProgramStatus, type: 'string', length: 20 })
  status!: ProgramStatus;

  @Field(() => String, { description: 'What the programme does, for whom.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => [ProgramComponent], { description: 'Its parts, such as Desmigratif’s four pillars.' })
  @Property({ type: 'json' })
  components: ProgramComponent[] = [];

  @Field(() => [Dimension], { description: 'Reintegration dimensions it addresses.' })
  @Property({ type: new EnumSetType(DIMENSIONS) })
  dimensions: Dimension[] = [];

  @Field(() => [Level], { description: 'Levels it works at.' })
  @Property({ type: new EnumSetType(LEVELS) })
  levels: Level[] = [];

  @Field(() => [TargetGroup], { description: 'Whom it serves.' })
  @Property({ type: new EnumSetType(TARGET_GROUPS) })
  targetGroups: TargetGroup[] = [];

  @Field(() => [Stakeholder], { description: 'Kinds of organisation involved.' })
  @Property({ type: new EnumSetType(STAKEHOLDERS) })
  stakeholders: Stakeholder[] = [];

  @Field(() => Int, { description: 'Version for optimistic locking; increases with every change.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the programme last changed; null if unchanged since the seed.',
  })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @ManyToMany({ entity: () => Source, pivotTable: 'program_sources', joinColumn: 'program_id' })
  sources = new Collection<Source>(this);

  @OneToMany(() => Outcome, (outcome) => outcome.program, { orderBy: { year: 'asc', id: 'asc' } })
  outcomes = new Collection<Outcome>(this);
}
