import type { BulkInsert, Row } from '../../db/bulk-insert';
import { maskOf } from '../../db/enum-set.type';
import type { SeedRecord } from '../seed/seed-schema';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS, THEMES } from '../../vocabularies';

/** Ids of stored and written records, by key or code: what later records refer to. */
export type RecordIds = Record<
  'sources' | 'countries' | 'indicators' | 'events' | 'programs' | 'practices',
  Map<string, number>
>;

const PRACTICE_COLUMNS = [
  'key',
  'title',
  'summary',
  'body',
  'country_id',
  'program_id',
  'year',
  'themes',
  'dimensions',
  'levels',
  'stakeholders',
  'target_groups',
  'evidence_level',
  'status',
  'partners',
  'event_id',
  'rejection_reason',
  'created_at',
  'updated_at',
  'version',
] as const;

const OUTCOME_COLUMNS = [
  'program_id',
  'practice_id',
  'indicator_id',
  'year',
  'value',
  'sex',
  'source_id',
  'note',
] as const;

/**
 * New practices and outcomes (the kinds that come by the hundred thousand) as multi-row INSERTs:
 * the unit of work costs several times what the database does per record. The rows hold what the
 * entities would (enum sets as bit masks, partners as JSON, timestamps as the ORM stores them);
 * the import's round-trip tests read them back through the ORM.
 */
export class BulkCreate {
  constructor(
    private readonly bulk: BulkInsert,
    private readonly ids: RecordIds,
  ) {}

  /** Inserts the practices with their sources; returns their ids, in order. */
  async practices(records: SeedRecord<'practices'>[]): Promise<number[]> {
    const now = this.bulk.datetime(new Date());
    const rows = records.map((p): Row => [
      p.key,
      p.title,
      p.summary,
      p.body,
      this.ids.countries.get(p.country)!,
      p.program ? this.ids.programs.get(p.program)! : null,
      p.year,
      maskOf(THEMES, p.themes),
      maskOf(DIMENSIONS, p.dimensions),
      maskOf(LEVELS, p.levels),
      maskOf(STAKEHOLDERS, p.stakeholders),
      maskOf(TARGET_GROUPS, p.targetGroups),
      p.evidenceLevel,
      p.status,
      JSON.stringify(p.partners),
      p.event ? this.ids.events.get(p.event)! : null,
      p.rejectionReason ?? null,
      now,
      now,
      1,
    ]);
    const stored = await this.bulk.insertReturning<{ id: number; key: string }>('practice', PRACTICE_COLUMNS, rows, [
      'id',
      'key',
    ]);
    const idOf = new Map(stored.map((row) => [row.key, Number(row.id)]));
    const ids = records.map((p) => idOf.get(p.key)!);
    const citations = records.flatMap((p, index) =>
      [...new Set(p.sources)].map((source): Row => [ids[index], this.ids.sources.get(source)!]),
    );
    await this.bulk.insert('practice_sources', ['practice_id', 'source_id'], citations);
    return ids;
  }

  async outcomes(records: SeedRecord<'outcomes'>[]): Promise<void> {
    const rows = records.map((o): Row => [
      this.ids.programs.get(o.program)!,
      o.practice ? this.ids.practices.get(o.practice)! : null,
      this.ids.indicators.get(o.indicator)!,
      o.year,
      o.value,
      o.sex,
      this.ids.sources.get(o.source)!,
      o.note ?? null,
    ]);
    await this.bulk.insert('outcome', OUTCOME_COLUMNS, rows);
  }
}
