import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';
import type { SeedData, SeedFileName, SeedRecord } from '../seed/seed-schema';

/**
 * The one written form of each record: fields in the order of docs/seed-data.md, absent values left
 * out, sets (sources, enum values) sorted and without repeats. Exports are made of these, and an
 * import compares them to tell an unchanged record from an updated one.
 */
export const canonical: { [K in SeedFileName]: (record: SeedRecord<K>) => SeedRecord<K> } = {
  sources: (s) => ({
    key: s.key,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedOn: s.publishedOn,
    language: s.language,
  }),
  // Countries keep no sources of their own in the database; the seed's are not carried over.
  countries: (c) => ({
    code: c.code,
    iso3: c.iso3,
    name: c.name,
    memberSince: c.memberSince,
    migrationProfile: c.migrationProfile,
    leadAgency: c.leadAgency,
    summary: c.summary,
    legalInstruments: sortedBy(
      c.legalInstruments.map((l) => ({
        title: l.title,
        year: l.year,
        date: l.date,
        summary: l.summary,
        sources: keySet(l.sources),
      })),
      (l) => [l.year, l.date, l.title],
    ),
  }),
  indicators: (i) => ({
    code: i.code,
    name: i.name,
    description: i.description,
    unit: i.unit,
    dimension: i.dimension,
    higherIsBetter: i.higherIsBetter,
  }),
  statistics: (s) => ({
    country: s.country,
    indicator: s.indicator,
    year: s.year,
    value: s.value,
    sex: s.sex,
    source: s.source,
    note: s.note,
  }),
  framework: (f) => ({
    key: f.key,
    kind: f.kind,
    title: f.title,
    shortTitle: f.shortTitle,
    adoptedOn: f.adoptedOn,
    adoptedAt: f.adoptedAt,
    summary: f.summary,
    areas: f.areas,
    sources: keySet(f.sources),
  }),
  events: (e) => ({
    key: e.key,
    name: e.name,
    localName: e.localName,
    city: e.city,
    country: e.country,
    startDate: e.startDate,
    endDate: e.endDate,
    organiser: e.organiser,
    summary: e.summary,
    sources: keySet(e.sources),
  }),
  programs: (p) => ({
    key: p.key,
    name: p.name,
    localName: p.localName,
    acronym: p.acronym,
    country: p.country,
    leadAgency: p.leadAgency,
    partners: p.partners,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status,
    summary: p.summary,
    components: p.components.map((c) => ({ name: c.name, description: c.description })),
    dimensions: inVocabularyOrder(DIMENSIONS, p.dimensions),
    levels: inVocabularyOrder(LEVELS, p.levels),
    targetGroups: inVocabularyOrder(TARGET_GROUPS, p.targetGroups),
    stakeholders: inVocabularyOrder(STAKEHOLDERS, p.stakeholders),
    sources: keySet(p.sources),
  }),
  practices: (p) => ({
    key: p.key,
    title: p.title,
    summary: p.summary,
    body: p.body,
    country: p.country,
    program: p.program,
    year: p.year,
    themes: inVocabularyOrder(THEMES, p.themes),
    dimensions: inVocabularyOrder(DIMENSIONS, p.dimensions),
    levels: inVocabularyOrder(LEVELS, p.levels),
    stakeholders: inVocabularyOrder(STAKEHOLDERS, p.stakeholders),
    targetGroups: inVocabularyOrder(TARGET_GROUPS, p.targetGroups),
    evidenceLevel: p.evidenceLevel,
    partners: p.partners,
    event: p.event,
    sources: keySet(p.sources),
    status: p.status,
    rejectionReason: p.rejectionReason,
  }),
  outcomes: (o) => ({
    program: o.program,
    practice: o.practice,
    indicator: o.indicator,
    year: o.year,
    value: o.value,
    sex: o.sex,
    source: o.source,
    note: o.note,
  }),
};

type SortValue = string | number | undefined;

/** The export order of each kind: by key or code, figures by their natural fields. */
const orderFields: { [K in SeedFileName]: (record: SeedRecord<K>) => SortValue[] } = {
  sources: (s) => [s.key],
  countries: (c) => [c.code],
  indicators: (i) => [i.code],
  statistics: (s) => [s.country, s.indicator, s.year, s.sex, s.source, s.note, s.value],
  framework: (f) => [f.key],
  events: (e) => [e.key],
  programs: (p) => [p.key],
  practices: (p) => [p.key],
  outcomes: (o) => [o.program, o.indicator, o.year, o.sex, o.practice, o.source, o.note, o.value],
};

/** Canonical records of one kind in the stable export order. */
export function canonicalList<K extends SeedFileName>(kind: K, records: SeedData[K]): SeedData[K] {
  const toCanonical = canonical[kind] as (record: SeedRecord<K>) => SeedRecord<K>;
  const fields = orderFields[kind] as (record: SeedRecord<K>) => SortValue[];
  return sortedBy((records as SeedRecord<K>[]).map(toCanonical), fields) as SeedData[K];
}

/** The serialised canonical form: equal strings, equal records. */
export function fingerprint<K extends SeedFileName>(kind: K, record: SeedRecord<K>): string {
  return JSON.stringify((canonical[kind] as (record: SeedRecord<K>) => SeedRecord<K>)(record));
}

/**
 * Sorts by the given fields (absent first, text by UTF-16 code units so no locale can change the
 * order), then by the whole record so that the order is total and every export byte-identical.
 */
function sortedBy<T>(items: T[], fields: (item: T) => SortValue[]): T[] {
  const keyed = items.map((item) => ({ item, fields: fields(item), whole: JSON.stringify(item) }));
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
