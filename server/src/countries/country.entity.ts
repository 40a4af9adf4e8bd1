import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import { MigrationProfile } from '@atlas/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Node } from '../graphql/node.type';
import { CountryStatistic } from './country-statistic.entity';
import { LegalInstrument } from './legal-instrument.entity';

@Entity()
@ObjectType({ implements: Node, description: 'An ASEAN member state.' })
export class Country extends AtlasEntity<'version' | 'updatedAt'> {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (`ID`, `PH`, …).' })
  @Property({ type: 'string', length: 2, unique: true })
  code!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code (`IDN`, `PHL`, …).' })
  @Property({ type: 'string', length: 3, unique: true })
  iso3!: string;

  @Field(() => String, { description: 'Common English name.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Date of joining ASEAN, ISO 8601, possibly partial (`1984`).' })
  @Property({ type: 'string', length: 10 })
  memberSince!: string;

  @Field(() => MigrationProfile, { description: 'Whether mainly a country of origin, destination, or both.' })
  @Enum({ items: () => MigrationProfile, type: 'string', length: 30 })
  migrationProfile!: MigrationProfile;

  @Field(() => String, { description: 'Government agency leading on migrant workers.' })
  @Property({ type: 'text' })
  leadAgency!: string;

  @Field(() => String, { description: 'Its role in labour migration and its return and reintegration arrangements.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Int, { description: 'Version for optimistic locking; increases with every change.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the entry last changed; null if unchanged since the seed.',
  })
  @Property({ type: 'datetime', nullable: true })
  updatedAt: Date | null = null;

  @OneToMany(() => LegalInstrument, (instrument) => instrument.country, { orderBy: { year: 'asc', id: 'asc' } })
  legalInstruments = new Collection<LegalInstrument>(this);

  @OneToMany(() => CountryStatistic, (statistic) => statistic.country, { orderBy: { year: 'asc', id: 'asc' } })
  statistics = new Collection<CountryStatistic>(this);
}
