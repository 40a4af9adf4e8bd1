import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, type Ref } from '@mikro-orm/core';
import { GeographicReach, ProgramStatus } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { Column } from '../db/columns';
import { notFoundColumn } from '../db/not-found-column';
import { Node } from '../graphql/node.type';
import { Country } from '../countries/country.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Source } from '../sources/source.entity';
import { Study } from '../studies/study.entity';
import { ProgramComponent } from './program-component';
import { ReachEntity } from './reach.entity';

@Entity({ tableName: 'program' })
@ObjectType({
  implements: Node,
  description:
    'A programme run in one member state, several or the region (reach), with its practices and measured outcomes; its kind says whether it is reintegration, return or a destination state’s measure.',
})
export class ReintegrationProgram extends ReachEntity<
  'partners' | 'notFound' | 'components' | 'version' | 'updatedAt' | 'reach'
> {
  @Column.string({ length: 120, unique: true, description: 'Stable short key (`desmigratif`, `nrco`, …).' })
  key!: string;

  @Column.text({ description: 'Name in English.' })
  name!: string;

  @Column.text({ nullable: true, description: 'Name in the national language, where different.' })
  localName: string | null = null;

  @Column.string({ length: 60, nullable: true, description: 'Acronym or short name (`Desmigratif`, `LDAP`).' })
  acronym: string | null = null;

  /** The lead or filing state; partnerCountries are the others it runs in. */
  @ManyToOne(() => Country, { ref: true })
  country!: Ref<Country>;

  @Column.enum(GeographicReach, {
    length: 20,
    description:
      'Whether it runs in one member state (NATIONAL), several (MULTI_COUNTRY) or across the region (REGIONAL); the others are partnerCountries.',
  })
  reach: GeographicReach = GeographicReach.NATIONAL;

  /** The other member states it runs in, for a MULTI_COUNTRY or REGIONAL programme; none for a NATIONAL one. */
  @ManyToMany({
    entity: () => Country,
    pivotTable: 'program_partner_countries',
    joinColumn: 'program_id',
    inverseJoinColumn: 'country_id',
  })
  partnerCountries = new Collection<Country>(this);

  @Column.text({ description: 'Agency that runs it.' })
  leadAgency!: string;

  @Column.json(() => [String], {
    description: 'Partners: other governments (such as a destination country), agencies and donors.',
  })
  partners: string[] = [];

  @notFoundColumn()
  notFound: string[] = [];

  @Column.int({ nullable: true, description: 'Year it started.' })
  startYear: number | null = null;

  @Column.int({ nullable: true, description: 'Year it ended, if it has.' })
  endYear: number | null = null;

  @Column.enum(ProgramStatus, { length: 20, description: 'Status as last reported.' })
  status!: ProgramStatus;

  @Column.text({ description: 'What the programme does, for whom.' })
  summary!: string;

  @Column.json(() => [ProgramComponent], { description: 'Its parts, such as Desmigratif’s four pillars.' })
  components: ProgramComponent[] = [];

  @Column.version()
  version!: number;

  @Column.dateTime({
    nullable: true,
    description: 'When the programme last changed; null if unchanged since the seed.',
  })
  updatedAt: Date | null = null;

  @ManyToMany({ entity: () => Source, pivotTable: 'program_sources', joinColumn: 'program_id' })
  sources = new Collection<Source>(this);

  @OneToMany(() => Outcome, (outcome) => outcome.program, { orderBy: { year: 'asc', id: 'asc' } })
  outcomes = new Collection<Outcome>(this);

  @ManyToMany(() => Study, (study) => study.programs, { orderBy: { year: 'desc', id: 'asc' } })
  studies = new Collection<Study>(this);
}
