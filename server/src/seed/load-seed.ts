import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SEED_FILES, type SeedData, type SeedFileName } from './seed-schema';

/** The data files stay in src/ (reviewable source, not build output), for the compiled server too. */
export const SEED_DIR = path.resolve(__dirname, '..', '..', 'src', 'seed', 'data');

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates every seed file; every problem names its file and record. */
export function loadSeed(dir = SEED_DIR): SeedData {
  const problems: string[] = [];
  const data = {} as Record<SeedFileName, unknown[]>;
  for (const [name, schema] of Object.entries(SEED_FILES) as [SeedFileName, (typeof SEED_FILES)[SeedFileName]][]) {
    const file = `${name}.yaml`;
    let records: unknown;
    try {
      records = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(records)) {
      problems.push(`${file}: must be a YAML list of records`);
      continue;
    }
    data[name] = records.flatMap((record: unknown, index) => {
      const result = schema.safeParse(record);
      if (result.success) return [result.data];
      for (const issue of result.error.issues) {
        problems.push(`${file}, ${describe(record, index)}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
      }
      return [];
    });
  }
  if (problems.length === 0) checkReferences(data as SeedData, problems);
  if (problems.length) throw new SeedError(problems);
  return data as SeedData;
}

function describe(record: unknown, index: number): string {
  const id =
    record && typeof record === 'object'
      ? ((record as Record<string, unknown>).key ?? (record as Record<string, unknown>).code)
      : undefined;
  return `record ${index + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
}

/** Every key refers to a record that exists; keys, codes and URLs are unique. */
function checkReferences(data: SeedData, problems: string[]): void {
  const unique = (file: string, values: string[], what: string) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) problems.push(`${file}, record ${index + 1}: duplicate ${what} "${value}"`);
      seen.add(value);
    });
    return seen;
  };
  const sources = unique(
    'sources.yaml',
    data.sources.map((s) => s.key),
    'key',
  );
  unique(
    'sources.yaml',
    data.sources.map((s) => s.url),
    'url',
  );
  const countries = unique(
    'countries.yaml',
    data.countries.map((c) => c.code),
    'code',
  );
  const indicators = unique(
    'indicators.yaml',
    data.indicators.map((i) => i.code),
    'code',
  );
  unique(
    'framework.yaml',
    data.framework.map((f) => f.key),
    'key',
  );
  const events = unique(
    'events.yaml',
    data.events.map((e) => e.key),
    'key',
  );
  const programs = unique(
    'programs.yaml',
    data.programs.map((p) => p.key),
    'key',
  );
  const practices = unique(
    'practices.yaml',
    data.practices.map((p) => p.key),
    'key',
  );

  const check = (file: string, index: number, what: string, value: string | undefined, known: Set<string>) => {
    if (value !== undefined && !known.has(value))
      problems.push(`${file}, record ${index + 1}: unknown ${what} "${value}"`);
  };
  const checkSources = (file: string, index: number, keys: string[] | undefined) =>
    keys?.forEach((k) => check(file, index, 'source', k, sources));

  data.countries.forEach((c, i) => {
    checkSources('countries.yaml', i, c.sources);
    c.legalInstruments.forEach((l) => checkSources('countries.yaml', i, l.sources));
  });
  data.statistics.forEach((s, i) => {
    check('statistics.yaml', i, 'country', s.country, countries);
    check('statistics.yaml', i, 'indicator', s.indicator, indicators);
    check('statistics.yaml', i, 'source', s.source, sources);
  });
  data.framework.forEach((f, i) => checkSources('framework.yaml', i, f.sources));
  data.events.forEach((e, i) => {
    check('events.yaml', i, 'country', e.country, countries);
    checkSources('events.yaml', i, e.sources);
  });
  data.programs.forEach((p, i) => {
    check('programs.yaml', i, 'country', p.country, countries);
    checkSources('programs.yaml', i, p.sources);
  });
  data.practices.forEach((p, i) => {
    check('practices.yaml', i, 'country', p.country, countries);
    check('practices.yaml', i, 'program', p.program, programs);
    check('practices.yaml', i, 'event', p.event, events);
    checkSources('practices.yaml', i, p.sources);
  });
  data.outcomes.forEach((o, i) => {
    check('outcomes.yaml', i, 'program', o.program, programs);
    check('outcomes.yaml', i, 'practice', o.practice, practices);
    check('outcomes.yaml', i, 'indicator', o.indicator, indicators);
    check('outcomes.yaml', i, 'source', o.source, sources);
  });
}
