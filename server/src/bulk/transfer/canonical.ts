import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';
import type { SeedData, SeedFileName, SeedRecord } from '../seed/seed-schema';
import { recordKindOf } from './record-kinds';

type SortValue = string | number | undefined;

/** Lists of enum values, written in the order of their vocabulary. */
const VOCABULARIES: Partial<Record<string, readonly string[]>> = {
  themes: THEMES,
  dimensions: DIMENSIONS,
  levels: LEVELS,
  stakeholders: STAKEHOLDERS,
  targetGroups: TARGET_GROUPS,
};

/** Fields holding records of their own. */
const NESTED: Partial<Record<string, (value: never) => unknown>> = {
  legalInstruments: (instruments: SeedRecord<'countries'>['legalInstruments']) =>
    sortedBy(
      instruments.map((l) => ({
        title: l.title,
        year: l.year,
        date: l.date,
        summary: l.summary,
        sources: keySet(l.sources),
      })),
      (l) => [l.year, l.date, l.title],
    ),
  officialNames: (names: SeedRecord<'countries'>['officialNames']) =>
    names.map((n) => ({ name: n.name, nameAsGiven: n.nameAsGiven, language: n.language, source: n.source })),
  components: (components: SeedRecord<'programs'>['components']) =>
    components.map((c) => ({ name: c.name, description: c.description })),
};

/**
 * The one written form of a record: the fields its kind stores, in the order of its schema (and of
 * docs/seed-data.md), absent values left out, sets (keys referred to, enum values) in one order and
 * without repeats. Exports are made of these, and an import compares them to tell an unchanged
 * record from an updated one.
 */
function canonical<K extends SeedFileName>(kind: K, record: SeedRecord<K>): SeedRecord<K> {
  const { fields, references } = recordKindOf(kind);
  const values = record as Record<string, unknown>;
  const written: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field];
    const nested = NESTED[field];
    const vocabulary = VOCABULARIES[field];
    if (nested) written[field] = nested(value as never);
    else if (vocabulary) written[field] = inVocabularyOrder(vocabulary, value as string[]);
    else if (references[field] && Array.isArray(value)) written[field] = keySet(value as string[]);
    else written[field] = value;
  }
  return written as SeedRecord<K>;
}

/** The export order of each kind: by key or code, figures by their natural fields. */
const orderFields: { [K in SeedFileName]: (record: SeedRecord<K>) => SortValue[] } = {
  sources: (s) => [s.key],
  countries: (c) => [c.code],
  indicators: (i) => [i.code],
  statistics: (s) => [s.country, s.indicator, s.year, s.destination, s.phase, s.sex, s.source, s.note, s.value],
  framework: (f) => [f.key],
  events: (e) => [e.key],
  programs: (p) => [p.key],
  practices: (p) => [p.key],
  outcomes: (o) => [
    o.program,
    o.indicator,
    o.year,
    o.destination,
    o.phase,
    o.sex,
    o.practice,
    o.source,
    o.note,
    o.value,
  ],
  studies: (s) => [s.key],
};

/** Canonical records of one kind in the stable export order. */
export function canonicalList<K extends SeedFileName>(kind: K, records: SeedData[K]): SeedData[K] {
  return canonicalEntries(kind, records as SeedRecord<K>[], (record) => record).map(
    (entry) => entry.record,
  ) as SeedData[K];
}

/** Items in the stable export order of their canonical records, each beside its record (to add what the record lacks). */
export function canonicalEntries<K extends SeedFileName, T>(
  kind: K,
  items: T[],
  recordOf: (item: T) => SeedRecord<K>,
): { item: T; record: SeedRecord<K> }[] {
  const fields = orderFields[kind] as (record: SeedRecord<K>) => SortValue[];
  return sortedBy(
    items.map((item) => ({ item, record: canonical(kind, recordOf(item)) })),
    (entry) => fields(entry.record),
    (entry) => JSON.stringify(entry.record),
  );
}

/** The serialised canonical form: equal strings, equal records. */
export function fingerprint<K extends SeedFileName>(kind: K, record: SeedRecord<K>): string {
  return JSON.stringify(canonical(kind, record));
}

/**
 * Sorts by the given fields (absent first, text by UTF-16 code units so no locale can change the
 * order), then by the whole record so that the order is total and every export byte-identical.
 */
function sortedBy<T>(
  items: T[],
  fields: (item: T) => SortValue[],
  whole: (item: T) => string = (item) => JSON.stringify(item),
): T[] {
  const keyed = items.map((item) => ({ item, fields: fields(item), whole: whole(item) }));
  keyed.sort((a, b) => compareTuples(a.fields, b.fields) || compareValues(a.whole, b.whole));
  return keyed.map((k) => k.item);
}

function compareTuples(a: SortValue[], b: SortValue[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return order;
  }
  return 0;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

function keySet(keys: string[]): string[];
function keySet(keys: string[] | undefined): string[] | undefined;
function keySet(keys: string[] | undefined): string[] | undefined {
  return keys && [...new Set(keys)].sort();
}

function inVocabularyOrder<E extends string>(vocabulary: readonly E[], values: E[]): E[] {
  return vocabulary.filter((value) => values.includes(value));
}
