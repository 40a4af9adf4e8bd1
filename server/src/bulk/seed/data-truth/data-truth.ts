import type { SeedData, SeedFileName } from '../seed-schema';
import { type NumberMention, numbersIn, sameNumber } from './numbers';
import { type Reference, readReference } from './reference-entries';

/**
 * The data-truth check: every number the seed states (a figure's value and year, a date, a count or
 * year written in a title, summary, body or note) must be stated by the reference files in an entry
 * of a source the record cites, and every source's address must be one the reference files give.
 * Run by data-truth.test.ts and by `pnpm cli seed` (with or without --check).
 */

/** Fields that name other records or pick from a vocabulary: no number of theirs is a claim. */
const NOT_CLAIMS = new Set([
  'key',
  'code',
  'iso3',
  'country',
  'program',
  'practice',
  'indicator',
  'event',
  'source',
  'sources',
  'url',
  'language',
  'sex',
  'kind',
  'status',
  'migrationProfile',
  'evidenceLevel',
  'dimensions',
  'levels',
  'themes',
  'stakeholders',
  'targetGroups',
  'legalInstruments',
  'officialNames',
]);
const DATES = new Set(['memberSince', 'date', 'adoptedOn', 'startDate', 'endDate', 'publishedOn']);
const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

type Claim = { field: string; mention: NumberMention } | { field: string; month: number; date: string };

/** The numbers a record states in its own fields (a country's legal instruments are records of their own). */
function claimsOf(record: Record<string, unknown>, prefix = ''): Claim[] {
  return Object.entries(record).flatMap(([name, value]): Claim[] => {
    const field = `${prefix}${name}`;
    if (NOT_CLAIMS.has(name) || value === undefined || value === null) return [];
    if (DATES.has(name) && typeof value === 'string') {
      const [year, month, day] = value.split('-');
      const claims: Claim[] = [{ field, mention: { text: value, values: [Number(year)] } }];
      if (month) claims.push({ field, month: Number(month), date: value });
      if (day) claims.push({ field, mention: { text: value, values: [Number(day)] } });
      return claims;
    }
    if (typeof value === 'number') return [{ field, mention: { text: String(value), values: [value] } }];
    if (typeof value === 'string') return numbersIn(value, 'seed').map((mention) => ({ field, mention }));
    if (Array.isArray(value)) {
      return value.flatMap((item, i) =>
        typeof item === 'string'
          ? numbersIn(item, 'seed').map((mention) => ({ field: `${field}[${i}]`, mention }))
          : claimsOf(item as Record<string, unknown>, `${field}[${i}].`),
      );
    }
    return [];
  });
}

interface Cited {
  /** Where the record is: "outcomes.yaml, record 12 (desmigratif, DESMIGRATIF_VILLAGES_NEW, 2018)". */
  where: string;
  record: Record<string, unknown>;
  sourceKeys: string[];
}

function citedRecords(data: SeedData): Cited[] {
  const named = (file: SeedFileName, index: number, id: string) => `${file}.yaml, record ${index + 1} (${id})`;
  const cited: Cited[] = [];
  data.sources.forEach((s, i) => cited.push({ where: named('sources', i, s.key), record: s, sourceKeys: [s.key] }));
  data.countries.forEach((c, i) => {
    cited.push({ where: named('countries', i, c.code), record: c, sourceKeys: c.sources ?? [] });
    c.legalInstruments.forEach((l, j) =>
      cited.push({
        where: `${named('countries', i, c.code)}, legal instrument ${j + 1} (${l.title})`,
        record: l,
        sourceKeys: l.sources,
      }),
    );
    c.officialNames.forEach((n, j) =>
      cited.push({
        where: `${named('countries', i, c.code)}, official name ${j + 1} (${n.name})`,
        record: n,
        sourceKeys: [n.source],
      }),
    );
  });
  const withSources = ['framework', 'events', 'programs', 'practices'] as const;
  for (const file of withSources) {
    data[file].forEach((r, i) => cited.push({ where: named(file, i, r.key), record: r, sourceKeys: r.sources }));
  }
  data.statistics.forEach((s, i) =>
    cited.push({ where: named('statistics', i, `${s.country}, ${s.indicator}`), record: s, sourceKeys: [s.source] }),
  );
  data.outcomes.forEach((o, i) =>
    cited.push({ where: named('outcomes', i, `${o.program}, ${o.indicator}`), record: o, sourceKeys: [o.source] }),
  );
  return cited;
}

/** How many numbers the check compared, and what it found. */
export interface DataTruthReport {
  checked: number;
  problems: string[];
}

/** Checks every number and every source address of the seed against the reference files. */
export function checkDataTruth(data: SeedData, reference: Reference = readReference()): DataTruthReport {
  const problems: string[] = [];
  const urlOf = new Map(data.sources.map((s) => [s.key, s.url]));
  const publishedOn = new Map(data.sources.flatMap((s) => (s.publishedOn ? [[s.key, s.publishedOn] as const] : [])));
  data.sources.forEach((s, i) => {
    if (!reference.urls.has(s.url)) {
      problems.push(`sources.yaml, record ${i + 1} (${s.key}): url ${s.url} is not an address of the reference files`);
    }
  });
  let checked = 0;
  for (const { where, record, sourceKeys } of citedRecords(data)) {
    const urls = sourceKeys.map((k) => urlOf.get(k)).filter((u): u is string => u !== undefined);
    const entries = urls.flatMap((u) => reference.entriesOf.get(u) ?? []);
    // A source's own title and date may take a number from its address ("…-tambah-150-desmigratif-pada-2019",
    // "…/2024/05/22/…"); a record may say when a source it cites was published.
    const ownAddress = 'url' in record ? [String(record.url), addressWords(String(record.url))] : [];
    const published = sourceKeys.flatMap((k) => {
      const date = publishedOn.get(k);
      return date ? [date] : [];
    });
    const stated = [...entries.map((e) => e.text), ...ownAddress.slice(1), ...published].flatMap((t) =>
      numbersIn(t, 'reference'),
    );
    const texts = [...entries.map((e) => e.text.toLowerCase()), ...ownAddress, ...published];
    const cites = sourceKeys.length ? sourceKeys.join(', ') : 'no source';
    for (const claim of claimsOf(record)) {
      checked++;
      if ('month' in claim) {
        if (!texts.some((t) => mentionsMonth(t, claim.month))) {
          problems.push(`${where}: ${claim.field}: the month of ${claim.date} is not in the entries of ${cites}`);
        }
        continue;
      }
      const { mention } = claim;
      const found = stated.some((s) => s.values.some((v) => mention.values.some((w) => sameNumber(v, w))));
      if (!found) {
        problems.push(`${where}: ${claim.field}: "${mention.text}" is not in the entries of ${cites}`);
      }
    }
  }
  return { checked, problems };
}

function mentionsMonth(text: string, month: number): boolean {
  const names = MONTHS[month - 1] ?? [];
  if (names.some((n) => new RegExp(`\\b${n}\\b`).test(text))) return true;
  const mm = String(month).padStart(2, '0');
  return new RegExp(`\\d-${mm}-\\d|\\b\\d{1,2}[./]0?${month}[./]\\d{2,4}\\b|/${mm}/`).test(text);
}

/**
 * An address read as words: "…/income-of-58-627-million-baht" as "income of 58,627 million baht",
 * "…-20180322/" as "2018-03-22", "…/page251.html" as "page 251".
 */
function addressWords(url: string): string {
  return url
    .replace(/(\d)-(\d{3})(?!\d)/g, '$1,$2')
    .replace(/(\d)-(\d)-(percent|per-cent)/g, '$1.$2 $3')
    .replace(/[-_/?=&#+]+|\.(?!\d)|(?<!\d)\./g, ' ')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])(?!\d)/g, '$1-$2-$3');
}
