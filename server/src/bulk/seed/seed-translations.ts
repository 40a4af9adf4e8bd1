import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { TranslationOrigin } from '@atlas/shared';
import { translatableField, translationRecordFields } from '@atlas/shared/rules';
import { z } from 'zod';
import { readYamlFile } from './read-yaml-file';
import type { EntityClass } from '@mikro-orm/core';
import { Event } from '../../events/event.entity';
import { Indicator } from '../../indicators/indicator.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { Source } from '../../sources/source.entity';
import { Translation } from '../../translations/translation.entity';
import { SEED_DIR, SeedError } from './load-seed';
import type { SeedData } from './seed-schema';

/**
 * The translatable kinds (TRANSLATABLE_FIELDS): their seed file, type, entity and table, and the
 * field a record's `key` names it by (an indicator's code).
 */
export const TRANSLATED_KINDS = {
  practices: { type: 'Practice', entity: Practice, table: 'practice', by: 'key' },
  programs: { type: 'ReintegrationProgram', entity: ReintegrationProgram, table: 'program', by: 'key' },
  events: { type: 'Event', entity: Event, table: 'event', by: 'key' },
  indicators: { type: 'Indicator', entity: Indicator, table: 'indicator', by: 'code' },
  sources: { type: 'Source', entity: Source, table: 'source', by: 'key' },
} as const;

/** A translation as the seed file and the export format write it: its record by kind and key, its source by key. */
export const translationRecord = z.strictObject({
  kind: z.enum(Object.keys(TRANSLATED_KINDS) as (keyof typeof TRANSLATED_KINDS)[]),
  key: z.string(),
  field: z.string(),
  text: z.string(),
  ...translationRecordFields,
});

export type SeedTranslation = z.infer<typeof translationRecord>;

/**
 * Reads the seed's translations (data/translations.yaml) and checks them against the seed's records,
 * before anything is written: every record and source known by key, every field translatable, each
 * text within its field's rule, a SOURCE translation citing its source and an ATLAS one none.
 */
export function loadSeedTranslations(data: SeedData, dir = SEED_DIR): SeedTranslation[] {
  const file = readYamlFile(path.join(dir, 'translations.yaml'));
  const parsed = z.array(translationRecord).safeParse(file);
  if (!parsed.success) throw new SeedError(parsed.error.issues.map((issue) => `translations.yaml: ${issue.message}`));
  const problems = translationProblems(
    parsed.data,
    (kind, key) =>
      (data[kind] as Record<string, unknown>[]).some((seeded) => seeded[TRANSLATED_KINDS[kind].by] === key),
    new Set(data.sources.map((source) => source.key)),
    (record, index) => `translations.yaml, record ${index + 1} (${record.kind} ${record.key})`,
  );
  if (problems.length) throw new SeedError(problems);
  return parsed.data;
}

/**
 * What is wrong with translations: a record or source unknown, a field not translatable, a text
 * outside its field's rule, a SOURCE translation without its source or an ATLAS one with one.
 */
export function translationProblems(
  records: SeedTranslation[],
  knownRecord: (kind: SeedTranslation['kind'], key: string) => boolean,
  sources: ReadonlySet<string>,
  where: (record: SeedTranslation, index: number) => string,
): string[] {
  return records.flatMap((record, i) => {
    const at = where(record, i);
    const rule = translatableField(TRANSLATED_KINDS[record.kind].type, record.field);
    const text = rule && z.safeParse(rule as z.ZodType<string>, record.text);
    return [
      !knownRecord(record.kind, record.key) && `${at}: unknown record`,
      !rule && `${at}: ${record.field} is not translatable`,
      text && !text.success && `${at}: text: ${text.error.issues[0]?.message}`,
      record.source !== undefined && !sources.has(record.source) && `${at}: unknown source "${record.source}"`,
      (record.origin === TranslationOrigin.SOURCE) !== (record.source !== undefined) &&
        `${at}: a SOURCE translation cites its source, an ATLAS one none`,
    ].filter((problem): problem is string => typeof problem === 'string');
  });
}

/** Writes the checked translations into the database the seed has just filled, in one transaction. */
export async function writeSeedTranslations(em: EntityManager, translations: SeedTranslation[]): Promise<void> {
  await em.transactional(async (tx) => {
    for (const record of translations) {
      const { type, entity, by } = TRANSLATED_KINDS[record.kind];
      const target = (await tx.findOneOrFail(entity as EntityClass<{ id: number }>, { [by]: record.key } as never)) as {
        id: number;
      };
      tx.create(Translation, {
        recordType: type,
        recordId: target.id,
        field: record.field,
        language: record.language,
        text: record.text.trim(),
        origin: record.origin,
        source: record.source ? await tx.findOneOrFail(Source, { key: record.source }) : null,
      });
    }
  });
}
