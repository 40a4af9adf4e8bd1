import fs from 'node:fs';
import path from 'node:path';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { TranslationOrigin } from '@atlas/shared';
import { translatableField, translationRecordFields } from '@atlas/shared/rules';
import { parse } from 'yaml';
import { z } from 'zod';
import { Event } from '../../events/event.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { Source } from '../../sources/source.entity';
import { Translation } from '../../translations/translation.entity';
import { SEED_DIR, SeedError } from './load-seed';

/** The kinds of seed record translated so far, by their seed file, each found by key. */
const KINDS = {
  practices: { type: 'Practice', entity: Practice },
  programs: { type: 'ReintegrationProgram', entity: ReintegrationProgram },
  events: { type: 'Event', entity: Event },
} as const satisfies Record<
  string,
  { type: 'Practice' | 'ReintegrationProgram' | 'Event'; entity: EntityClass<object> }
>;

const translationRecord = z.strictObject({
  kind: z.enum(Object.keys(KINDS) as (keyof typeof KINDS)[]),
  key: z.string(),
  field: z.string(),
  text: z.string(),
  ...translationRecordFields,
});

/**
 * Writes the seed's translations (data/translations.yaml) into the database the seed just filled,
 * in one transaction: every record and source named by key, every field translatable, each text
 * within its field's rule, a SOURCE one citing its source. Not part of the import format yet.
 */
export async function seedTranslations(em: EntityManager, dir = SEED_DIR): Promise<number> {
  const records = z.array(translationRecord).parse(parse(fs.readFileSync(path.join(dir, 'translations.yaml'), 'utf8')));
  const problems: string[] = [];
  await em.transactional(async (tx) => {
    for (const [index, record] of records.entries()) {
      const where = `translations.yaml, record ${index + 1} (${record.kind} ${record.key})`;
      const { type, entity } = KINDS[record.kind];
      const target = await tx.findOne(entity as EntityClass<{ id: number; key: string }>, { key: record.key });
      const source = record.source ? await tx.findOne(Source, { key: record.source }) : null;
      const rule = translatableField(type, record.field);
      const text = rule && z.safeParse(rule as z.ZodType<string>, record.text);
      if (!target) problems.push(`${where}: unknown record`);
      if (!rule) problems.push(`${where}: ${record.field} is not translatable`);
      else if (!text?.success) problems.push(`${where}: text: ${text?.error.issues[0]?.message}`);
      if ((record.origin === TranslationOrigin.SOURCE) !== Boolean(source)) {
        problems.push(`${where}: a SOURCE translation cites a known source, an ATLAS one none`);
      }
      if (!target || !text?.success) continue;
      tx.create(Translation, {
        recordType: type,
        recordId: target.id,
        field: record.field,
        language: record.language,
        text: text.data,
        origin: record.origin,
        source,
      });
    }
    if (problems.length) throw new SeedError(problems);
  });
  return records.length;
}
