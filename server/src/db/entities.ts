import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Country } from '../countries/country.entity';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { LegalInstrument } from '../countries/legal-instrument.entity';
import { Event } from '../events/event.entity';
import { RegionalInstrument } from '../framework/regional-instrument.entity';
import { Revision } from '../history/revision.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';

/** Every entity, by GraphQL type name (which is also its class name and the prefix of its global ID). */
export const ENTITIES = {
  Country,
  CountryStatistic,
  Event,
  Indicator,
  LegalInstrument,
  Outcome,
  Practice,
  RegionalInstrument,
  ReintegrationProgram,
  Revision,
  Source,
  User,
} as const;

/** Stored records that are not GraphQL nodes. */
export const INTERNAL_ENTITIES = [Session];

export type EntityName = keyof typeof ENTITIES;
