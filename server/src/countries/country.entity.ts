import { Collection, Entity, OneToMany } from '@mikro-orm/core';
import { MigrationProfile } from '@atlas/shared';
import { ObjectType } from 'type-graphql';
import { AtlasEntity } from '../db/atlas.entity';
import { Column } from '../db/columns';
import { notFoundColumn } from '../db/not-found-column';
import { Node } from '../graphql/node.type';
import { CountryStatistic } from './country-statistic.entity';
import { LegalInstrument } from './legal-instrument.entity';
import { OfficialName } from './official-name.entity';

@Entity()
@ObjectType({ implements: Node, description: 'An ASEAN member state.' })
export class Country extends AtlasEntity<'notFound' | 'version' | 'updatedAt'> {
  @Column.string({ length: 2, unique: true, description: 'ISO 3166-1 alpha-2 code (`ID`, `PH`, …).' })
  code!: string;

  @Column.string({ length: 3, unique: true, description: 'ISO 3166-1 alpha-3 code (`IDN`, `PHL`, …).' })
  iso3!: string;

  @Column.string({ length: 100, description: 'Common English name.' })
  name!: string;

  @Column.string({ length: 10, description: 'Date of joining ASEAN, ISO 8601, possibly partial (`1984`).' })
  memberSince!: string;

  @Column.enum(MigrationProfile, {
    length: 30,
    description: 'Whether mainly a country of origin, destination, or both.',
  })
  migrationProfile!: MigrationProfile;

  @Column.text({ description: 'Government agency leading on migrant workers.' })
  leadAgency!: string;

  @Column.text({ description: 'Its role in labour migration and its return and reintegration arrangements.' })
  summary!: string;

  @notFoundColumn()
  notFound: string[] = [];

  @Column.version()
  version!: number;

  @Column.dateTime({ nullable: true, description: 'When the entry last changed; null if unchanged since the seed.' })
  updatedAt: Date | null = null;

  @OneToMany(() => LegalInstrument, (instrument) => instrument.country, { orderBy: { year: 'asc', id: 'asc' } })
  legalInstruments = new Collection<LegalInstrument>(this);

  @OneToMany(() => OfficialName, (name) => name.country, { orderBy: { id: 'asc' } })
  officialNames = new Collection<OfficialName>(this);

  @OneToMany(() => CountryStatistic, (statistic) => statistic.country, { orderBy: { year: 'asc', id: 'asc' } })
  statistics = new Collection<CountryStatistic>(this);
}
