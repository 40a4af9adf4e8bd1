import type { EntityManager } from '@mikro-orm/knex';
import { TRANSLATED_KINDS, translationProblems, type SeedTranslation } from '../seed/seed-translations';
import { Translation } from '../../translations/translation.entity';
import type { ImportCounts } from './atlas-writer';
import type { RecordLocator } from '../seed/load-seed';
import type { AtlasScope } from './atlas-stream';
import type { RecordIds } from './record-kind';

/*
 * Translations in the export format: the records of translations.yaml (their record by kind and
 * key, their source by key), after every other kind, since they refer to programmes, events and
 * practices. Upserted by record, field and language.
 */
export type TranslationRecord = SeedTranslation;
type TranslatedKind = TranslationRecord['kind'];

const KIND_OF_TYPE = new Map(
  Object.entries(TRANSLATED_KINDS).map(([kind, { type }]) => [type as string, kind as TranslatedKind]),
);

/** Translations in canonical form (fields in the order of translations.yaml) and order. */
export function canonicalTranslations(records: TranslationRecord[]): TranslationRecord[] {
  return records
    .map((t) => ({
      kind: t.kind,
      key: t.key,
      field: t.field,
      language: t.language,
      origin: t.origin,
      source: t.source,
      text: t.text,
    }))
    .sort(
      (a, b) =>
        compare(a.kind, b.kind) ||
        compare(a.key, b.key) ||
        compare(a.field, b.field) ||
        compare(a.language, b.language),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The stored translations as records; with a scope, those of the practices and sources it selects
 * only (the other kinds are public).
 */
export async function storedTranslations(
  em: EntityManager,
  scope?: Pick<AtlasScope, 'practices' | 'sources'>,
): Promise<TranslationRecord[]> {
  const knex = em.getKnex();
  const query = knex
    .from({ t: 'translation' })
    .leftJoin({ s: 'source' }, 's.id', 't.source_id')
    .select('t.record_type', 't.field', 't.language', 't.origin', 't.text', { source: 's.key' });
  const keys: string[] = [];
  for (const [kind, { table, by }] of Object.entries(TRANSLATED_KINDS)) {
    const alias = `r_${table}`;
    const records =
      kind === 'practices' && scope
        ? scope.practices(knex).select('p.id', 'p.key')
        : kind === 'sources' && scope
          ? scope.sources(knex).select('s.id', 's.key')
          : knex.from(table).select('id', { key: by });
    query.leftJoin(records.as(alias), (on) =>
      on.on(`${alias}.id`, 't.record_id').andOnVal('t.record_type', TRANSLATED_KINDS[kind as TranslatedKind].type),
    );
    keys.push(`${alias}.key`);
  }
  const rows = await em.execute<
    {
      record_type: string;
      field: string;
      language: string;
      origin: string;
      text: string;
      source: string | null;
      key: string | null;
    }[]
  >(query.select(knex.raw(`coalesce(${keys.map(() => '??').join(', ')}) as ??`, [...keys, 'key'])));
  return canonicalTranslations(
    rows
      .filter((row) => row.key !== null && KIND_OF_TYPE.has(row.record_type))
      .map((row) => ({
        kind: KIND_OF_TYPE.get(row.record_type)!,
        key: row.key!,
        field: row.field,
        language: row.language as TranslationRecord['language'],
        origin: row.origin as TranslationRecord['origin'],
        source: row.source ?? undefined,
        text: row.text,
      })),
  );
}

/** Problems of translations to import, whose records and sources are in the file or stored. */
export function importedTranslationProblems(
  records: TranslationRecord[],
  known: Record<TranslatedKind, ReadonlySet<string>>,
  locate: RecordLocator,
): string[] {
  return translationProblems(
    records,
    (kind, key) => known[kind].has(key),
    known.sources,
    (record, index) => locate('translations', index, record),
  );
}

/** Creates or updates each translation (by record, field and language), leaving alone those stored exactly so. */
export async function writeTranslations(
  em: EntityManager,
  records: TranslationRecord[],
  ids: RecordIds,
): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  const stored = new Map(
    (await em.find(Translation, {}, { populate: ['source'] })).map((t) => [
      identity(t.recordType, t.recordId, t.field, t.language),
      t,
    ]),
  );
  for (const record of records) {
    const { type } = TRANSLATED_KINDS[record.kind];
    const recordId = ids[record.kind].get(record.key)!;
    const data = {
      text: record.text.trim(),
      origin: record.origin,
      source: record.source === undefined ? null : ids.sources.get(record.source)!,
    };
    const existing = stored.get(identity(type, recordId, record.field, record.language));
    if (!existing) {
      em.create(Translation, { recordType: type, recordId, field: record.field, language: record.language, ...data });
      counts.created++;
    } else if (
      existing.text !== data.text ||
      existing.origin !== data.origin ||
      (existing.source?.id ?? null) !== data.source
    ) {
      em.assign(existing, { ...data, updatedAt: new Date() });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  await em.flush();
  return counts;
}

function identity(type: string, id: number, field: string, language: string): string {
  return JSON.stringify([type, id, field, language]);
}
