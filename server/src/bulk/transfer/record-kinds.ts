import type { SeedFileName } from '../seed/seed-schema';
import { countries } from './kinds/countries';
import { events } from './kinds/events';
import { framework } from './kinds/framework';
import { indicators } from './kinds/indicators';
import { outcomes } from './kinds/outcomes';
import { practices } from './kinds/practices';
import { programs } from './kinds/programs';
import { sources } from './kinds/sources';
import { statistics } from './kinds/statistics';
import { studies } from './kinds/studies';
import type { RecordKind } from './record-kind';

/** Every kind of record of the export format, described once (kinds/). */
export const RECORD_KINDS = {
  sources,
  countries,
  indicators,
  statistics,
  framework,
  events,
  programs,
  practices,
  outcomes,
  studies,
} as const satisfies { [K in SeedFileName]: RecordKind<K, { id: number }> };

/** The entity a kind of record is stored as. */
export type EntityOf<K extends SeedFileName> = (typeof RECORD_KINDS)[K] extends RecordKind<K, infer E> ? E : never;

/** A kind's description, typed for code generic in the kind. */
export function recordKindOf<K extends SeedFileName>(kind: K): RecordKind<K, EntityOf<K>> {
  return RECORD_KINDS[kind] as unknown as RecordKind<K, EntityOf<K>>;
}
