import type { EntityClass } from '@mikro-orm/core';
import { ORIGINAL_LANGUAGE, TRANSLATABLE_FIELDS, type TranslatableType } from '@atlas/shared/rules';
import { Event } from '../events/event.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';

/**
 * The kinds of record whose texts may be translated: the entity, and the language of its own texts
 * (English, unless the record says otherwise: a source in Bahasa Indonesia has Indonesian titles).
 * Which fields, with their rules, is shared with the dashboard (`TRANSLATABLE_FIELDS`).
 */
export const TRANSLATABLE: {
  [T in TranslatableType]: { entity: EntityClass<object>; language(record: object): string };
} = {
  Practice: { entity: Practice, language: () => ORIGINAL_LANGUAGE },
  ReintegrationProgram: { entity: ReintegrationProgram, language: () => ORIGINAL_LANGUAGE },
  Event: { entity: Event, language: () => ORIGINAL_LANGUAGE },
  Indicator: { entity: Indicator, language: () => ORIGINAL_LANGUAGE },
  Source: { entity: Source, language: (source) => (source as Source).language ?? ORIGINAL_LANGUAGE },
};

/** The translatable fields of a kind of record, in the order the kind lists them. */
export function fieldsOf(type: TranslatableType): string[] {
  return Object.keys(TRANSLATABLE_FIELDS[type]);
}
