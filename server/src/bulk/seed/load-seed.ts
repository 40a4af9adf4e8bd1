import path from 'node:path';
import { valueProblem } from '@atlas/shared/rules';
import type { z } from 'zod';
import { readYamlFile } from './read-yaml-file';
import { SEED_FILES, type SeedData, type SeedFileName, type SeedRecord } from './seed-schema';

/** The data files stay in src/ (reviewable source, not build output), for the compiled server too. */
export const SEED_DIR = path.resolve(__dirname, '..', '..', '..', 'src', 'bulk', 'seed', 'data');

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Names a record in an error message: "practices.yaml, record 4 (key)", "practices[3] (key)", "line 7". */
export type RecordLocator = (kind: SeedFileName | 'translations', index: number, record: unknown) => string;

/** Keys and codes that exist outside the records being checked (already in the database). */
export type KnownKeys = Partial<
  Record<'sources' | 'countries' | 'indicators' | 'events' | 'programs' | 'practices', Set<string>>
>;

type UniqueField<K extends SeedFileName> = readonly [what: string, valueOf: (record: SeedRecord<K>) => string];

/** What must be unique among the records of each kind; the first names a record others refer to. */
const UNIQUE_FIELDS: { [K in SeedFileName]: readonly UniqueField<K>[] } = {
  sources: [
    ['key', (s) => s.key],
    ['url', (s) => s.url],
  ],
  countries: [
    ['code', (c) => c.code],
    ['iso3', (c) => c.iso3],
  ],
  indicators: [['code', (i) => i.code]],
  framework: [['key', (f) => f.key]],
  events: [['key', (e) => e.key]],
  programs: [['key', (p) => p.key]],
  practices: [['key', (p) => p.key]],
  statistics: [['statistic', (s) => statisticIdentity(s)]],
  outcomes: [['outcome', (o) => outcomeIdentity(o)]],
  studies: [['key', (s) => s.key]],
};

const REFERRED_KINDS: readonly string[] = ['sources', 'countries', 'indicators', 'events', 'programs', 'practices'];
const isReferred = (kind: SeedFileName): kind is keyof KnownKeys & SeedFileName => REFERRED_KINDS.includes(kind);

const seedFileLocator: RecordLocator = (kind, index, record) => `${kind}.yaml, record ${index + 1}${idSuffix(record)}`;

/** Reads and validates every seed file; every problem names its file and record. */
export function loadSeed(dir = SEED_DIR): SeedData {
  const problems: string[] = [];
  const data = {} as SeedData;
  for (const name of Object.keys(SEED_FILES) as SeedFileName[]) {
    const file = `${name}.yaml`;
    let records: unknown;
    try {
      records = readYamlFile(path.join(dir, file));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(records)) {
      problems.push(`${file}: must be a YAML list of records`);
      continue;
    }
    setRecords(data, name, parseRecords(name, records, seedFileLocator, problems));
  }
  if (problems.length === 0) {
    checkStudiesNameCountries(data, problems);
    checkReferences(data, problems, seedFileLocator);
    checkFigureValues(data, problems, seedFileLocator);
  }
  if (problems.length) throw new SeedError(problems);
  return data;
}

/**
 * Every study of the seed files names the member states it concerns, at least one. The export format
 * allows none (a study entered through the API may name none), so this rule is the seed files' own.
 */
function checkStudiesNameCountries(data: SeedData, problems: string[]): void {
  data.studies.forEach((study, index) => {
    if (study.countries.length === 0)
      problems.push(`${seedFileLocator('studies', index, study)}: countries: name at least one member state`);
  });
}

function setRecords<K extends SeedFileName>(data: SeedData, kind: K, records: SeedRecord<K>[]): void {
  (data as { [F in K]: SeedRecord<F>[] })[kind] = records;
}

/**
 * Validates the records of one kind against its schema; returns the valid ones (their indices among
 * `records` pushed to `positions`), each problem in `problems`.
 */
export function parseRecords<K extends SeedFileName>(
  kind: K,
  records: unknown[],
  locate: RecordLocator,
  problems: string[],
  positions: number[] = [],
): SeedRecord<K>[] {
  // Indexing SEED_FILES with a generic kind loses the link between schema and record type.
  const schema = SEED_FILES[kind] as unknown as z.ZodType<SeedRecord<K>>;
  return records.flatMap((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) {
      positions.push(index);
      return [result.data];
    }
    for (const issue of result.error.issues) {
      problems.push(`${locate(kind, index, record)}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
    }
    return [];
  });
}

/** " (key)" or " (code)" of a record, where it has one. */
export function idSuffix(record: unknown): string {
  if (!record || typeof record !== 'object') return '';
  const { key, code } = record as Record<string, unknown>;
  const id = key ?? code;
  return typeof id === 'string' ? ` (${id})` : '';
}

/**
 * Every key refers to a record that exists (among `data` or in `known`); keys, codes and URLs are
 * unique, and so is each figure (same indicator, year, sex, source and note).
 */
export function checkReferences(
  data: Partial<SeedData>,
  problems: string[],
  locate: RecordLocator,
  known: KnownKeys = {},
): void {
  const where = (kind: SeedFileName, index: number) => locate(kind, index, data[kind]?.[index]);
  const unique = (kind: SeedFileName, values: string[], what: string) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) problems.push(`${where(kind, index)}: duplicate ${what} "${value}"`);
      seen.add(value);
    });
    return seen;
  };
  const inData = {} as Record<keyof KnownKeys, Set<string>>;
  for (const [kind, fields] of Object.entries(UNIQUE_FIELDS) as [SeedFileName, UniqueField<SeedFileName>[]][]) {
    fields.forEach(([what, valueOf], index) => {
      const values = unique(kind, (data[kind] ?? []).map(valueOf), what);
      if (index === 0 && isReferred(kind)) inData[kind] = values;
    });
  }
  const withKnown = (kind: keyof KnownKeys) => new Set([...inData[kind], ...(known[kind] ?? [])]);
  const sources = withKnown('sources');
  const countries = withKnown('countries');
  const indicators = withKnown('indicators');
  const events = withKnown('events');
  const programs = withKnown('programs');
  const practices = withKnown('practices');

  const check = (kind: SeedFileName, index: number, what: string, value: string | undefined, known: Set<string>) => {
    if (value !== undefined && !known.has(value)) problems.push(`${where(kind, index)}: unknown ${what} "${value}"`);
  };
  const checkSources = (kind: SeedFileName, index: number, keys: string[] | undefined) =>
    keys?.forEach((k) => check(kind, index, 'source', k, sources));

  data.countries?.forEach((c, i) => {
    checkSources('countries', i, c.sources);
    const titles = new Set<string>();
    for (const l of c.legalInstruments) {
      if (titles.has(l.title)) problems.push(`${where('countries', i)}: duplicate legal instrument "${l.title}"`);
      titles.add(l.title);
      checkSources('countries', i, l.sources);
    }
    for (const n of c.officialNames) check('countries', i, 'source', n.source, sources);
  });
  data.statistics?.forEach((s, i) => {
    check('statistics', i, 'country', s.country, countries);
    check('statistics', i, 'indicator', s.indicator, indicators);
    check('statistics', i, 'source', s.source, sources);
  });
  data.framework?.forEach((f, i) => checkSources('framework', i, f.sources));
  data.events?.forEach((e, i) => {
    check('events', i, 'country', e.country, countries);
    checkSources('events', i, e.sources);
  });
  data.programs?.forEach((p, i) => {
    check('programs', i, 'country', p.country, countries);
    p.partnerCountries.forEach((code) => check('programs', i, 'partner country', code, countries));
    checkSources('programs', i, p.sources);
  });
  data.practices?.forEach((p, i) => {
    check('practices', i, 'country', p.country, countries);
    check('practices', i, 'program', p.program, programs);
    check('practices', i, 'event', p.event, events);
    checkSources('practices', i, p.sources);
  });
  data.outcomes?.forEach((o, i) => {
    check('outcomes', i, 'program', o.program, programs);
    check('outcomes', i, 'practice', o.practice, practices);
    check('outcomes', i, 'indicator', o.indicator, indicators);
    check('outcomes', i, 'source', o.source, sources);
  });
  data.studies?.forEach((s, i) => {
    check('studies', i, 'source', s.source, sources);
    s.programs.forEach((key) => check('studies', i, 'program', key, programs));
    s.practices.forEach((key) => check('studies', i, 'practice', key, practices));
    s.countries.forEach((code) => check('studies', i, 'country', code, countries));
  });
}

/**
 * Each figure's value fits the unit of its indicator (in `data`, or stored with `storedUnits`): a
 * percentage within 0–100, a count a whole number, … (the rule the API applies, from `@atlas/shared/rules`).
 */
export function checkFigureValues(
  data: Partial<SeedData>,
  problems: string[],
  locate: RecordLocator,
  storedUnits: ReadonlyMap<string, string> = new Map(),
): void {
  const units = new Map([...storedUnits, ...(data.indicators ?? []).map((i) => [i.code, i.unit] as const)]);
  for (const kind of ['statistics', 'outcomes'] as const) {
    data[kind]?.forEach((figure, index) => {
      const unit = units.get(figure.indicator);
      const problem = unit === undefined ? undefined : valueProblem(figure.value, unit);
      if (problem) problems.push(`${locate(kind, index, figure)}: value: ${problem.message}`);
    });
  }
}

/** What makes a statistic the same figure: where sources disagree, each keeps its own record. */
export function statisticIdentity(
  s: Pick<SeedData['statistics'][number], 'country' | 'indicator' | 'year' | 'sex' | 'source' | 'note'> & FigureSlot,
): string {
  return JSON.stringify([s.country, s.indicator, s.year, s.sex, s.source, s.note ?? null, ...slotOf(s)]);
}

/** The parts of a figure's slot beside indicator, year and sex: the year's kind and the breakdown. */
type FigureSlot = Partial<Pick<SeedData['outcomes'][number], 'yearStated' | 'destination' | 'phase'>>;

/** Absent parts as null (and a stated year as true), so that a record and its export agree; appended only when set. */
function slotOf(figure: FigureSlot): unknown[] {
  const slot = [figure.yearStated ?? true, figure.destination ?? null, figure.phase ?? null];
  return slot[0] === true && slot[1] === null && slot[2] === null ? [] : slot;
}

/** What makes an outcome the same figure (the note tells apart figures a source gives side by side). */
export function outcomeIdentity(
  o: Pick<SeedData['outcomes'][number], 'program' | 'practice' | 'indicator' | 'year' | 'sex' | 'source' | 'note'> &
    FigureSlot,
): string {
  return JSON.stringify([
    o.program,
    o.practice ?? null,
    o.indicator,
    o.year,
    o.sex,
    o.source,
    o.note ?? null,
    ...slotOf(o),
  ]);
}
