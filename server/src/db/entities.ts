import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Country } from '../countries/country.entity';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { LegalInstrument } from '../countries/legal-instrument.entity';
import { OfficialName } from '../countries/official-name.entity';
import { Event } from '../events/event.entity';
import { RegionalInstrument } from '../framework/regional-instrument.entity';
import { Revision } from '../history/revision.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { Study } from '../studies/study.entity';
import { Translation } from '../translations/translation.entity';

/** Every entity, by GraphQL type name (which is also its class name and the prefix of its global ID). */
export const ENTITIES = {
  Country,
  CountryStatistic,
  Event,
  Indicator,
  LegalInstrument,
  OfficialName,
  Outcome,
  Practice,
  RegionalInstrument,
  ReintegrationProgram,
  Revision,
  Source,
  Study,
  Translation,
  User,
} as const;

/** Stored records that are not GraphQL nodes. */
export const INTERNAL_ENTITIES = [Session];

export type EntityName = keyof typeof ENTITIES;

const BY_NAME: ReadonlyMap<string, (typeof ENTITIES)[EntityName]> = new Map(Object.entries(ENTITIES));

/**
 * The entity of a GraphQL type name, or undefined. A Map, not `name in ENTITIES` or
 * `ENTITIES[name]`: those also answer for `constructor`, `toString` and the rest of an object's prototype.
 */
export function entityNamed(typeName: string): (typeof ENTITIES)[EntityName] | undefined {
  return BY_NAME.get(typeName);
}
