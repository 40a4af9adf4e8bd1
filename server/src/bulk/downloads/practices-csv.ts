import { valuesOf, type PracticeCriteria } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import type { Dialect } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import { practiceQuery } from '../../practices/practice-query';
import { toGlobalId } from '../../graphql/global-id';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';
import { PRACTICE_VOCABULARY_FIELDS } from '../../practices/practice-vocabulary-fields';

/** Practices read per statement: memory stays flat however many match. */
const PAGE_SIZE = 500;

/** The columns of /export/practices.csv, in order; the header row names them. */
export const PRACTICE_CSV_COLUMNS = [
  'id',
  'key',
  'title',
  'status',
  'countryCode',
  'countryName',
  'year',
  'program',
  'programId',
  ...PRACTICE_VOCABULARY_FIELDS,
  'summary',
  'url',
  'sourceTitles',
  'sourceUrls',
] as const;

export type PracticeCsvRecord = Record<(typeof PRACTICE_CSV_COLUMNS)[number], string | number>;

/** Several values in one cell. */
const LIST_SEPARATOR = '; ';

interface PracticeRow {
  id: number | string;
  key: string;
  title: string;
  status: string;
  country_code: string;
  country_name: string;
  year: number | string;
  program_id: number | string | null;
  program_name: string | null;
  themes: number | string;
  dimensions: number | string;
  levels: number | string;
  stakeholders: number | string;
  target_groups: number | string;
  evidence_level: string;
  summary: string;
}

interface SourceRow {
  practice_id: number | string;
  title: string;
  url: string;
}

/**
 * The practices matching `criteria`, one record per practice, by id. The matching ids are listed
 * in one statement (a number each, small even for 100,000 practices); the practices are then read
 * PAGE_SIZE at a time as plain rows (two statements a page, no entities to hydrate), so memory holds
 * one page of records. `siteUrl` is where the dashboard is served, for the links.
 */
export async function* practiceCsvRecords(
  orm: AtlasOrm,
  dialect: Dialect,
  criteria: PracticeCriteria,
  siteUrl: string,
): AsyncGenerator<PracticeCsvRecord> {
  const em = orm.em.fork() as EntityManager;
  const knex = em.getKnex();
  const ids = (
    await em.execute<{ id: number | string }[]>(
      practiceQuery(knex, dialect, criteria).select('p.id').orderBy('p.id', 'asc'),
    )
  ).map((row) => Number(row.id));
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    const page = ids.slice(start, start + PAGE_SIZE);
    const [practices, sources] = await Promise.all([
      em.execute<PracticeRow[]>(
        knex
          .from({ p: 'practice' })
          .join({ c: 'country' }, 'c.id', 'p.country_id')
          .leftJoin({ pr: 'program' }, 'pr.id', 'p.program_id')
          .select('p.id', 'p.key', 'p.title', 'p.status', 'p.year', 'p.summary', 'p.evidence_level')
          .select('p.themes', 'p.dimensions', 'p.levels', 'p.stakeholders', 'p.target_groups')
          .select({ country_code: 'c.code', country_name: 'c.name', program_id: 'pr.id', program_name: 'pr.name' })
          .whereIn('p.id', page)
          .orderBy('p.id', 'asc'),
      ),
      em.execute<SourceRow[]>(
        knex
          .from({ ps: 'practice_sources' })
          .join({ s: 'source' }, 's.id', 'ps.source_id')
          .select('ps.practice_id', 's.title', 's.url')
          .whereIn('ps.practice_id', page)
          .orderBy([{ column: 'ps.practice_id' }, { column: 's.id' }]),
      ),
    ]);
    const sourcesOf = new Map<number, SourceRow[]>();
    for (const source of sources) {
      const id = Number(source.practice_id);
      sourcesOf.set(id, [...(sourcesOf.get(id) ?? []), source]);
    }
    for (const practice of practices)
      yield practiceCsvRecord(practice, sourcesOf.get(Number(practice.id)) ?? [], siteUrl);
  }
}

function practiceCsvRecord(row: PracticeRow, sources: SourceRow[], siteUrl: string): PracticeCsvRecord {
  const id = toGlobalId('Practice', Number(row.id));
  const set = <E extends string>(values: readonly E[], mask: number | string) =>
    valuesOf(values, Number(mask)).join(LIST_SEPARATOR);
  return {
    id,
    key: row.key,
    title: row.title,
    status: row.status,
    countryCode: row.country_code,
    countryName: row.country_name,
    year: Number(row.year),
    program: row.program_name ?? '',
    programId: row.program_id === null ? '' : toGlobalId('ReintegrationProgram', Number(row.program_id)),
    themes: set(THEMES, row.themes),
    dimensions: set(DIMENSIONS, row.dimensions),
    levels: set(LEVELS, row.levels),
    stakeholders: set(STAKEHOLDERS, row.stakeholders),
    targetGroups: set(TARGET_GROUPS, row.target_groups),
    evidenceLevel: row.evidence_level,
    summary: row.summary,
    url: `${siteUrl}/practices/${encodeURIComponent(id)}`,
    sourceTitles: sources.map((source) => source.title).join(LIST_SEPARATOR),
    sourceUrls: sources.map((source) => source.url).join(LIST_SEPARATOR),
  };
}
