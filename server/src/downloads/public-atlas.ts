import { IsolationLevel, type EntityClass } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { ANONYMOUS } from '../accounts/viewer';
import type { Dialect } from '../config';
import { CountryStatistic } from '../countries/country-statistic.entity';
import { Country } from '../countries/country.entity';
import type { AtlasOrm } from '../db/orm';
import { Event } from '../events/event.entity';
import { RegionalInstrument } from '../framework/regional-instrument.entity';
import { InputProblems } from '../graphql/errors';
import { Indicator } from '../indicators/indicator.entity';
import { practiceQuery } from '../practices/practice-query';
import { practiceCriteria } from '../practices/practice-search';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import type { SeedData, SeedFileName, SeedRecord } from '../seed/seed-schema';
import { Source } from '../sources/source.entity';
import { recordOf } from '../transfer/atlas-records';
import { canonicalList } from '../transfer/canonical';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../transfer/document';

/** Records read per statement for the kinds that grow with the data (sources, practices). */
const PAGE_SIZE = 500;

/**
 * The public dataset as `pnpm cli export` writes it (same format, kinds, record form and order),
 * cut down to what an anonymous reader of the API may see:
 * - practices: published ones only (the visibility rule of accounts/viewer.ts, through `practiceQuery`),
 *   without `rejectionReason`;
 * - outcomes: all (programme figures are public, as in `outcomes`), but an outcome's `practice` is
 *   left out unless that practice is published, as `Outcome.practice` does in the API;
 * - sources: all but those cited only by unpublished practices;
 * - no accounts, sessions or revisions (the export format has none).
 *
 * `about` comes first (citation, licence), after `format` and `version`. The document is produced as
 * a sequence of text chunks: practices and sources are read page by page, so memory stays flat. On
 * PostgreSQL all reads are in one read-only REPEATABLE READ transaction (one consistent snapshot); on
 * SQLite, whose single connection a long transaction would hold against every other request, they
 * are not, and a change made while the document is being read may show in part.
 */
export async function* publicAtlasChunks(
  orm: AtlasOrm,
  dialect: Dialect,
  about: Record<string, unknown>,
): AsyncGenerator<string> {
  const root = orm.em.fork() as EntityManager;
  const snapshot = dialect === 'postgresql';
  if (snapshot) await root.begin({ isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
  try {
    const page = () => root.fork({ keepTransactionContext: true }) as EntityManager;
    const writer = new JsonDocumentWriter();
    yield writer.start({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...about });
    const published = (knex: Knex) =>
      practiceQuery(knex, dialect, practiceCriteria({}, ANONYMOUS, new InputProblems()));
    const keyColumn = (alias: string) => (dialect === 'postgresql' ? `${alias}.key collate "C"` : `${alias}.key`);

    yield* writer.kind(
      'sources',
      pagesByKey(page, Source, 's', keyColumn('s'), [], (knex) => publicSources(knex, published)),
      (source) => recordOf.sources(source),
    );
    const em = page();
    yield* writer.kind('countries', once(em.find(Country, {}, { populate: ['legalInstruments.sources'] })), (c) =>
      recordOf.countries(c),
    );
    yield* writer.kind('indicators', once(em.find(Indicator, {})), (i) => recordOf.indicators(i));
    yield* writer.kind(
      'statistics',
      once(em.find(CountryStatistic, {}, { populate: ['country', 'indicator', 'source'] })),
      (s) => recordOf.statistics(s),
    );
    yield* writer.kind('framework', once(em.find(RegionalInstrument, {}, { populate: ['sources'] })), (f) =>
      recordOf.framework(f),
    );
    yield* writer.kind('events', once(em.find(Event, {}, { populate: ['country', 'sources'] })), (e) =>
      recordOf.events(e),
    );
    yield* writer.kind('programs', once(em.find(ReintegrationProgram, {}, { populate: ['country', 'sources'] })), (p) =>
      recordOf.programs(p),
    );
    em.clear();
    yield* writer.kind(
      'practices',
      pagesByKey(page, Practice, 'p', keyColumn('p'), ['country', 'program', 'event', 'sources'], published),
      (practice) => ({ ...recordOf.practices(practice), rejectionReason: undefined }),
    );
    yield* writer.kind('outcomes', once(outcomeRecords(page(), published)), (record) => record);
    yield writer.end();
  } finally {
    if (snapshot) await root.rollback();
  }
}

/**
 * Sources but those cited only by unpublished practices: a source that a draft cites is left out
 * unless a public record (a published practice, or any record of another kind) cites it too.
 * Sources cited by no stored record (the seed's country sources, say) are public.
 */
function publicSources(knex: Knex, published: (knex: Knex) => Knex.QueryBuilder): Knex.QueryBuilder {
  const citing = (table: string) => knex.from(table).select('source_id');
  return knex.from({ s: 'source' }).where((visible) => {
    visible
      .whereNotIn('s.id', citing('practice_sources').whereNotIn('practice_id', published(knex).select('p.id')))
      .orWhereIn('s.id', citing('practice_sources').whereIn('practice_id', published(knex).select('p.id')))
      .orWhereIn('s.id', citing('program_sources'))
      .orWhereIn('s.id', citing('event_sources'))
      .orWhereIn('s.id', citing('legal_instrument_sources'))
      .orWhereIn('s.id', citing('regional_instrument_sources'))
      .orWhereIn('s.id', citing('outcome'))
      .orWhereIn('s.id', citing('country_statistic'));
  });
}

/**
 * Every outcome as a plain record (keys and codes, no entities: small even for many outcomes); the
 * practice only when it is published.
 */
async function outcomeRecords(
  em: EntityManager,
  published: (knex: Knex) => Knex.QueryBuilder,
): Promise<SeedRecord<'outcomes'>[]> {
  const knex = em.getKnex();
  const rows = await em.execute<
    {
      program: string;
      practice: string | null;
      indicator: string;
      year: number | string;
      value: number | string;
      sex: SeedRecord<'outcomes'>['sex'];
      source: string;
      note: string | null;
    }[]
  >(
    knex
      .from({ o: 'outcome' })
      .join({ pr: 'program' }, 'pr.id', 'o.program_id')
      .join({ i: 'indicator' }, 'i.id', 'o.indicator_id')
      .join({ s: 'source' }, 's.id', 'o.source_id')
      .leftJoin(published(knex).select('p.id', 'p.key').as('vp'), 'vp.id', 'o.practice_id')
      .select({
        program: 'pr.key',
        practice: 'vp.key',
        indicator: 'i.code',
        year: 'o.year',
        value: 'o.value',
        sex: 'o.sex',
        source: 's.key',
        note: 'o.note',
      }),
  );
  return rows.map((row) => ({
    program: row.program,
    practice: row.practice ?? undefined,
    indicator: row.indicator,
    year: Number(row.year),
    value: Number(row.value),
    sex: row.sex,
    source: row.source,
    note: row.note ?? undefined,
  }));
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

async function* once<T>(items: Promise<T[]>): AsyncGenerator<T[]> {
  yield await items;
}

/**
 * Writes `{ "format": …, "sources": [ … ], … }` chunk by chunk, byte for byte as
 * `JSON.stringify(document, null, 2)` would: each page of a kind is sorted into canonical order
 * (pages come in key order, so the whole kind is too), then appended.
 */
class JsonDocumentWriter {
  start(header: Record<string, unknown>): string {
    return `{${Object.entries(header)
      .map(([name, value], index) => `${index ? ',' : ''}\n  ${JSON.stringify(name)}: ${indent(value, '  ')}`)
      .join('')}`;
  }

  async *kind<K extends SeedFileName, E>(
    kind: K,
    pages: AsyncIterable<E[]>,
    toRecord: (entity: E) => SeedRecord<K>,
  ): AsyncGenerator<string> {
    yield `,\n  ${JSON.stringify(kind)}: [`;
    let written = 0;
    for await (const entities of pages) {
      const records = canonicalList(kind, entities.map(toRecord) as SeedData[K]) as SeedRecord<K>[];
      if (records.length === 0) continue;
      yield records.map((record, index) => `${written + index ? ',' : ''}\n    ${indent(record, '    ')}`).join('');
      written += records.length;
    }
    yield written ? '\n  ]' : ']';
  }

  end(): string {
    return '\n}\n';
  }
}

function indent(value: unknown, by: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${by}`);
}
