import { EvidenceLevel, MeasureKind, PracticeStatus, valuesOf } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import { toGlobalId } from '../../../graphql/global-id';
import { practiceQuery } from '../../../practices/practice-query';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../../vocabularies';
import { practiceCriteriaFromQuery } from '../query-filter';
import type { Column, DownloadContext, DownloadTable } from '../table';

/** Practices read per statement: memory stays flat however many match. */
const PAGE_SIZE = 500;

interface PracticeRow {
  id: number | string;
  key: string;
  title: string;
  status: string;
  country_code: string;
  country_name: string;
  year: number | string;
  program_id: number | string | null;
  program_key: string | null;
  program_name: string | null;
  themes: number | string;
  dimensions: number | string;
  levels: number | string;
  stakeholders: number | string;
  target_groups: number | string;
  evidence_level: string;
  kind: string;
  summary: string;
}

interface SourceRow {
  practice_id: number | string;
  key: string;
  title: string;
  url: string;
}

/** A practice as the CSV reads it: its row, its sources, where the dashboard is served. */
export interface PracticeCsvRecord {
  row: PracticeRow;
  sources: SourceRow[];
  siteUrl: string;
}

const idOf = (record: PracticeCsvRecord) => toGlobalId('Practice', Number(record.row.id));
const set =
  <E extends string>(
    values: readonly E[],
    column: 'themes' | 'dimensions' | 'levels' | 'stakeholders' | 'target_groups',
  ) =>
  (record: PracticeCsvRecord) =>
    valuesOf(values, Number(record.row[column]));

export const PRACTICE_COLUMNS: readonly Column<PracticeCsvRecord>[] = [
  {
    name: 'id',
    type: 'string',
    required: true,
    description: 'Global ID in the API: `practice(id:)`, `node(id:)`.',
    value: idOf,
  },
  {
    name: 'key',
    type: 'string',
    required: true,
    description: 'Stable key, unique in the Atlas: `practice(key:)` in the API, `key` in the JSON dataset.',
    value: (r) => r.row.key,
  },
  { name: 'title', type: 'string', required: true, description: 'Title.', value: (r) => r.row.title },
  {
    name: 'status',
    type: 'string',
    required: true,
    description: 'Review status: PUBLISHED for everybody; an editor or the author, signed in, may also get the others.',
    values: Object.values(PracticeStatus),
    value: (r) => r.row.status,
  },
  {
    name: 'countryCode',
    type: 'string',
    required: true,
    description: 'ISO 3166-1 alpha-2 code of the member state where returnees receive it.',
    value: (r) => r.row.country_code,
  },
  {
    name: 'countryName',
    type: 'string',
    required: true,
    description: 'Name of that member state.',
    value: (r) => r.row.country_name,
  },
  {
    name: 'year',
    type: 'integer',
    required: true,
    description: 'Year the practice began or was first documented.',
    value: (r) => Number(r.row.year),
  },
  {
    name: 'program',
    type: 'string',
    description: 'Name of the programme it belongs to; empty if none.',
    value: (r) => r.row.program_name,
  },
  {
    name: 'programId',
    type: 'string',
    description: 'Global ID of that programme in the API; empty if none.',
    value: (r) => (r.row.program_id === null ? null : toGlobalId('ReintegrationProgram', Number(r.row.program_id))),
  },
  {
    name: 'programKey',
    type: 'string',
    description: 'Key of that programme (`key` of programs.csv); empty if none.',
    value: (r) => r.row.program_key,
  },
  {
    name: 'kind',
    type: 'string',
    required: true,
    description:
      'What it is: reintegration, return, a destination state’s measure, or services to migrant workers (MeasureKind).',
    values: Object.values(MeasureKind),
    value: (r) => r.row.kind,
  },
  {
    name: 'themes',
    type: 'array',
    description: 'Themes (Theme), a JSON array.',
    values: THEMES,
    value: set(THEMES, 'themes'),
  },
  {
    name: 'dimensions',
    type: 'array',
    description: 'Reintegration dimensions (Dimension), a JSON array.',
    values: DIMENSIONS,
    value: set(DIMENSIONS, 'dimensions'),
  },
  {
    name: 'levels',
    type: 'array',
    description: 'Levels it works at (Level), a JSON array.',
    values: LEVELS,
    value: set(LEVELS, 'levels'),
  },
  {
    name: 'stakeholders',
    type: 'array',
    description: 'Kinds of organisation involved (Stakeholder), a JSON array.',
    values: STAKEHOLDERS,
    value: set(STAKEHOLDERS, 'stakeholders'),
  },
  {
    name: 'targetGroups',
    type: 'array',
    description: 'Whom it serves (TargetGroup), a JSON array.',
    values: TARGET_GROUPS,
    value: set(TARGET_GROUPS, 'target_groups'),
  },
  {
    name: 'evidenceLevel',
    type: 'string',
    required: true,
    description: 'Strength of the evidence, a scale, weakest first (EvidenceLevel).',
    values: Object.values(EvidenceLevel),
    value: (r) => r.row.evidence_level,
  },
  {
    name: 'summary',
    type: 'string',
    required: true,
    description: 'Summary, one or two sentences.',
    value: (r) => r.row.summary,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Its page on the Atlas’s dashboard.',
    value: (r) => `${r.siteUrl}/practices/${encodeURIComponent(idOf(r))}`,
  },
  {
    name: 'sourceKeys',
    type: 'array',
    description: 'Keys of the sources it cites (`key` of sources.csv), a JSON array.',
    value: (r) => r.sources.map((source) => source.key),
  },
  {
    name: 'sourceTitles',
    type: 'array',
    description: 'Titles of those sources, in the same order, a JSON array.',
    value: (r) => r.sources.map((source) => source.title),
  },
  {
    name: 'sourceUrls',
    type: 'array',
    description: 'Addresses of those sources, in the same order, a JSON array.',
    value: (r) => r.sources.map((source) => source.url),
  },
];

/**
 * /export/practices.csv: the practices matching the API's `PracticeFilter` (query parameters),
 * under the API's visibility, one row per practice, by id. The matching ids are listed in one
 * statement (a number each, small even for 100,000 practices); the practices are then read
 * PAGE_SIZE at a time as plain rows (two statements a page, no entities to hydrate).
 */
export const PRACTICES_TABLE: DownloadTable<PracticeCsvRecord> = {
  name: 'practices',
  title: 'Practices',
  description:
    'Reintegration practices, one row each: published ones (an editor or the author, signed in, also gets the others that match `statuses`).',
  columns: PRACTICE_COLUMNS,
  primaryKey: 'key',
  foreignKeys: [{ fields: 'programKey', reference: { resource: 'programs', fields: 'key' } }],
  filters: 'the fields of the API’s PracticeFilter',
  async records(context, query) {
    const criteria = await practiceCriteriaFromQuery(context.schema, query, context.viewer);
    return practiceRecords(context, criteria);
  },
};

async function* practiceRecords(
  { orm, dialect, siteUrl }: DownloadContext,
  criteria: Awaited<ReturnType<typeof practiceCriteriaFromQuery>>,
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
          .select('p.id', 'p.key', 'p.title', 'p.status', 'p.year', 'p.summary', 'p.evidence_level', 'p.kind')
          .select('p.themes', 'p.dimensions', 'p.levels', 'p.stakeholders', 'p.target_groups')
          .select({ country_code: 'c.code', country_name: 'c.name' })
          .select({ program_id: 'pr.id', program_key: 'pr.key', program_name: 'pr.name' })
          .whereIn('p.id', page)
          .orderBy('p.id', 'asc'),
      ),
      em.execute<SourceRow[]>(
        knex
          .from({ ps: 'practice_sources' })
          .join({ s: 'source' }, 's.id', 'ps.source_id')
          .select('ps.practice_id', 's.key', 's.title', 's.url')
          .whereIn('ps.practice_id', page)
          .orderBy([{ column: 'ps.practice_id' }, { column: 's.id' }]),
      ),
    ]);
    const sourcesOf = new Map<number, SourceRow[]>();
    for (const source of sources) {
      const id = Number(source.practice_id);
      sourcesOf.set(id, [...(sourcesOf.get(id) ?? []), source]);
    }
    for (const row of practices) yield { row, sources: sourcesOf.get(Number(row.id)) ?? [], siteUrl };
  }
}
