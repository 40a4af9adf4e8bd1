import { IsolationLevel, type EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Dialect } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import type { Practice } from '../../practices/practice.entity';
import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import { toGlobalId } from '../../graphql/global-id';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './document';
import { JsonDocumentWriter } from './json-document-writer';
import { RECORD_KINDS, recordKindOf } from './record-kinds';
import { storedTranslations } from './translations';

/** Records read per statement for the kinds that grow with the data (sources, practices). */
const PAGE_SIZE = 500;
/** Outcomes read per statement, whole programmes at a time (and at most PAGE_SIZE programmes). */
const OUTCOME_PAGE_SIZE = 10_000;

/** Which records a document holds: everything (`pnpm cli export`), or what a reader may see. */
export interface AtlasScope {
  /** `from practice as p where …`: the practices written (and the ones an outcome may name). */
  practices(knex: Knex): Knex.QueryBuilder;
  /** `from source as s where …`: the sources written. */
  sources(knex: Knex): Knex.QueryBuilder;
  /** A practice as written. */
  practiceRecord(practice: Practice): SeedRecord<'practices'>;
  /** Whether each record starts with its `id`, the API's global ID (the public download), or not (a portable export). */
  globalIds?: boolean;
}

export const COMPLETE_SCOPE: AtlasScope = {
  practices: (knex) => knex.from({ p: 'practice' }),
  sources: (knex) => knex.from({ s: 'source' }),
  practiceRecord: (practice) => RECORD_KINDS.practices.toRecord(practice),
};

/**
 * The dataset in the export format as a sequence of text chunks, `header` first (after `format`
 * and `version`). Sources, practices and outcomes are read page by page, so memory stays flat
 * however large the Atlas grows. With `snapshot`, all reads share one read-only transaction (a
 * consistent view while others write); without it (SQLite serving requests, whose one connection
 * a long transaction would hold), a change made meanwhile may show in part.
 */
export async function* atlasChunks(
  orm: AtlasOrm,
  dialect: Dialect,
  options: { scope: AtlasScope; header?: Record<string, unknown>; snapshot: boolean },
): AsyncGenerator<string> {
  const { scope, snapshot } = options;
  const root = orm.em.fork() as EntityManager;
  if (snapshot) {
    await root.begin(
      dialect === 'postgresql' ? { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true } : {},
    );
  }
  try {
    const page = () => root.fork({ keepTransactionContext: true }) as EntityManager;
    const writer = new JsonDocumentWriter();
    const keyColumn = (alias: string) => (dialect === 'postgresql' ? `${alias}.key collate "C"` : `${alias}.key`);
    yield writer.start({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...options.header });

    const { sources, practices } = RECORD_KINDS;
    const globalId = (kind: SeedFileName) =>
      scope.globalIds ? (record: { id: number }) => toGlobalId(recordKindOf(kind).entity.name, record.id) : undefined;
    yield* writer.kind(
      'sources',
      pagesByKey(page, sources.entity, 's', keyColumn('s'), sources.populate, scope.sources),
      sources.toRecord,
      globalId('sources'),
    );
    const em = page();
    for (const kind of WHOLE_KINDS) yield* wholeKind(writer, em, kind, globalId(kind));
    em.clear();
    yield* writer.kind(
      'practices',
      pagesByKey(page, practices.entity, 'p', keyColumn('p'), practices.populate, scope.practices),
      (practice) => scope.practiceRecord(practice),
      globalId('practices'),
    );
    yield* writer.kind(
      'outcomes',
      outcomePages(page, keyColumn('pr'), scope),
      (row) => row.record,
      globalId('outcomes'),
    );
    yield* writer.kind('studies', once(studyRecords(page(), scope)), (row) => row.record, globalId('studies'));
    // Those of the records written: a practice's or a source's only when the scope holds it.
    yield writer.list('translations', await storedTranslations(page(), scope));
    yield writer.end();
  } finally {
    if (snapshot) await root.rollback();
  }
}

/** The kinds small enough to read in one statement each. */
const WHOLE_KINDS = ['countries', 'indicators', 'statistics', 'framework', 'events', 'programs'] as const;

function wholeKind<K extends SeedFileName>(
  writer: JsonDocumentWriter,
  em: EntityManager,
  kind: K,
  globalId?: (entity: { id: number }) => string,
): AsyncGenerator<string> {
  const { entity, populate, toRecord } = recordKindOf(kind);
  return writer.kind(kind, once(em.find(entity, {}, { populate: populate as never })), toRecord, globalId);
}

/** A record beside the database id of what it was read from (for its global ID). */
interface WithId<K extends SeedFileName> {
  id: number;
  record: SeedRecord<K>;
}

/** Collects the chunks (tests, and documents small enough to hold in memory). */
export async function atlasText(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * The entities selected by `ids` (a query over `table as alias`) in key order: their ids and keys
 * are listed in one statement (small even for 100,000 records), then the entities are read
 * PAGE_SIZE at a time, each page in a fresh EntityManager with `populate` loaded.
 */
async function* pagesByKey<E extends { id: number }>(
  page: () => EntityManager,
  entity: EntityClass<E>,
  alias: string,
  keyColumn: string,
  populate: string[],
  ids: (knex: Knex) => Knex.QueryBuilder,
): AsyncGenerator<E[]> {
  const em = page();
  const rows = await em.execute<{ id: number | string }[]>(
    ids(em.getKnex()).select(`${alias}.id`).orderByRaw(keyColumn),
  );
  for (let start = 0; start < rows.length; start += PAGE_SIZE) {
    const slice = rows.slice(start, start + PAGE_SIZE).map((row) => Number(row.id));
    yield (await page().find(entity, { id: { $in: slice } } as never, { populate: populate as never })) as E[];
  }
}

/**
 * Outcomes as plain records (keys and codes, no entities), whole programmes at a time in programme
 * key order: the canonical order sorts by programme first, so page after page is in order. An
 * outcome names its practice only when the scope holds that practice.
 */
async function* outcomePages(
  page: () => EntityManager,
  programKey: string,
  scope: AtlasScope,
): AsyncGenerator<WithId<'outcomes'>[]> {
  const em = page();
  const knex = em.getKnex();
  const programs = await em.execute<{ id: number | string; n: number | string }[]>(
    knex
      .from({ pr: 'program' })
      .join({ o: 'outcome' }, 'o.program_id', 'pr.id')
      .select('pr.id')
      .count({ n: '*' })
      .groupBy('pr.id', 'pr.key')
      .orderByRaw(programKey),
  );
  let batch: number[] = [];
  let outcomes = 0;
  for (const [index, program] of programs.entries()) {
    batch.push(Number(program.id));
    outcomes += Number(program.n);
    if (outcomes < OUTCOME_PAGE_SIZE && batch.length < PAGE_SIZE && index < programs.length - 1) continue;
    yield await outcomeRecords(page(), scope, batch);
    batch = [];
    outcomes = 0;
  }
}

async function outcomeRecords(
  em: EntityManager,
  scope: AtlasScope,
  programIds: number[],
): Promise<WithId<'outcomes'>[]> {
  const knex = em.getKnex();
  const rows = await em.execute<
    {
      id: number | string;
      program: string;
      practice: string | null;
      indicator: string;
      year: number | string;
      value: number | string;
      sex: SeedRecord<'outcomes'>['sex'];
      source: string;
      note: string | null;
      year_stated: boolean | number;
      destination: string | null;
      phase: string | null;
    }[]
  >(
    knex
      .from({ o: 'outcome' })
      .join({ pr: 'program' }, 'pr.id', 'o.program_id')
      .join({ i: 'indicator' }, 'i.id', 'o.indicator_id')
      .join({ s: 'source' }, 's.id', 'o.source_id')
      .leftJoin(scope.practices(knex).select('p.id', 'p.key').as('vp'), 'vp.id', 'o.practice_id')
      .whereIn('o.program_id', programIds)
      .select({
        id: 'o.id',
        program: 'pr.key',
        practice: 'vp.key',
        indicator: 'i.code',
        year: 'o.year',
        value: 'o.value',
        sex: 'o.sex',
        source: 's.key',
        note: 'o.note',
        year_stated: 'o.year_stated',
        destination: 'o.destination',
        phase: 'o.phase',
      }),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    record: {
      program: row.program,
      practice: row.practice ?? undefined,
      indicator: row.indicator,
      year: Number(row.year),
      value: Number(row.value),
      sex: row.sex,
      source: row.source,
      note: row.note ?? undefined,
      yearStated: row.year_stated ? undefined : false,
      destination: row.destination ?? undefined,
      phase: row.phase ?? undefined,
    },
  }));
}

/** Studies as records; a study names a practice only when the scope holds that practice. */
async function studyRecords(em: EntityManager, scope: AtlasScope): Promise<WithId<'studies'>[]> {
  const { studies } = RECORD_KINDS;
  const [stored, visible] = await Promise.all([
    em.find(studies.entity, {}, { populate: studies.populate as never }),
    em.execute<{ key: string }[]>(scope.practices(em.getKnex()).select('p.key')),
  ]);
  const keys = new Set(visible.map((row) => row.key));
  return stored.map((study) => {
    const record = studies.toRecord(study);
    return { id: study.id, record: { ...record, practices: record.practices.filter((key) => keys.has(key)) } };
  });
}

async function* once<T>(items: Promise<T[]>): AsyncGenerator<T[]> {
  yield await items;
}
