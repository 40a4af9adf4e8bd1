import { performance } from 'node:perf_hooks';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Dialect } from '../../config';
import type { AtlasOrm } from '../../db/orm';
import type { EntityClass } from '@mikro-orm/core';
import { BulkInsert, withLargeCache } from '../../db/bulk-insert';
import { Outcome } from '../../outcomes/outcome.entity';
import { Practice } from '../../practices/practice.entity';
import { ReintegrationProgram } from '../../programs/program.entity';
import { EntityTables, type EntityRow } from '../entity-tables';
import { Random } from './random';
import { loadReferenceData, type ReferenceData } from './reference-data';
import { removeSynthetic, storedSynthetic, syntheticSourceId, type SyntheticCounts } from './stored-synthetic';
import { outcomeQuotas, programOutcomes } from './synthetic-outcomes';
import { syntheticPractice } from './synthetic-practices';
import { syntheticProgram, type ProgramPlan } from './synthetic-programs';

export interface GenerateOptions {
  programs: number;
  practices: number;
  outcomes: number;
  /** The same seed (and counts) gives the same records. */
  seed: number;
  /** Remove the synthetic records already stored first; without it, their presence is an error. */
  replace?: boolean;
  /** Told about every tenth of each kind: "generated 20000/100000 practices (3.1 s)". */
  progress?: (line: string) => void;
}

export interface GenerateResult {
  created: SyntheticCounts;
  removed: SyntheticCounts | null;
  seconds: number;
}

export class SyntheticDataExists extends Error {
  constructor(readonly stored: SyntheticCounts) {
    super(
      `The database already holds synthetic records (${describeCounts(stored)}): pass --replace to regenerate them.`,
    );
  }
}

/** Practices per statement: each carries a body of a few kilobytes. */
const PRACTICES_PER_STATEMENT = 2000;

/**
 * Adds synthetic programmes, practices and outcomes to a database holding the real seed, in one
 * transaction (all or nothing), with multi-row INSERTs. They refer to the real countries and
 * indicators, and are labelled as synthetic in their own fields (see synthetic-labels.ts). No
 * revisions are written: the history records what people changed, not generated data.
 */
export async function generateSynthetic(
  orm: AtlasOrm,
  dialect: Dialect,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const result = await (orm.em.fork() as EntityManager).transactional(async (em) => {
    const trx = (em as EntityManager).getTransactionContext<Knex.Transaction>()!;
    const stored = await storedSynthetic(trx);
    if (stored && !options.replace) throw new SyntheticDataExists(stored);
    const removed = stored && (await removeSynthetic(trx));
    const tables = new EntityTables(em as EntityManager, await BulkInsert.open(trx, dialect));
    const writer = new SyntheticWriter(tables, options, elapsed);
    const created = await withLargeCache(trx, dialect, () => writer.write(trx));
    return { created, removed };
  });
  await settle(orm, dialect);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

/**
 * PostgreSQL: fresh statistics (or the planner takes the new rows for a nearly empty table until
 * autovacuum comes), and the full-text index's pending list merged. SQLite: the write-ahead log,
 * as large as everything written, truncated now rather than when the last connection closes (a
 * CLI exiting may never close it).
 */
async function settle(orm: AtlasOrm, dialect: Dialect): Promise<void> {
  const connection = orm.em.getConnection();
  if (dialect === 'postgresql') {
    await connection.execute('analyze program, practice, outcome');
    // The full-text index takes bulk inserts into its pending list; merged, it is cheap to search again.
    await connection.execute(`select gin_clean_pending_list('practice_search_index')`);
  } else await connection.execute('pragma wal_checkpoint(truncate)');
}

class SyntheticWriter {
  constructor(
    private readonly tables: EntityTables,
    private readonly options: GenerateOptions,
    private readonly elapsed: () => string,
  ) {}

  async write(trx: Knex.Transaction): Promise<SyntheticCounts> {
    const reference = await loadReferenceData(trx);
    const sourceId = await syntheticSourceId(trx, this.tables);
    const programs = await this.writePrograms(reference, sourceId);
    const practiceIds = await this.writePractices(reference, programs, sourceId);
    const outcomes = await this.writeOutcomes(reference, programs, practiceIds, sourceId);
    return { programs: programs.length, practices: practiceIds.length, outcomes };
  }

  private async writePrograms(reference: ReferenceData, sourceId: number): Promise<ProgramPlan[]> {
    const random = new Random(this.options.seed, 'programs');
    const count = this.options.programs;
    const generated = Array.from({ length: count }, (_, index) =>
      syntheticProgram(random, index, count, reference, sourceId),
    );
    const records = generated.map((g) => g.record);
    const ids = await this.tables.insertReturningIds(ReintegrationProgram, records, 'key');
    this.report(count, count, 'programs');
    return generated.map((g, index) => ({ ...g.plan, id: ids[index]! }));
  }

  private async writePractices(
    reference: ReferenceData,
    programs: ProgramPlan[],
    sourceId: number,
  ): Promise<Float64Array> {
    const random = new Random(this.options.seed, 'practices');
    const count = this.options.practices;
    const ids = new Float64Array(count);
    function* practices() {
      for (let index = 0; index < count; index++) {
        yield syntheticPractice(random, index, count, reference, programs, sourceId);
      }
    }
    const progress = this.progress(count, 'practices');
    await this.insertAll(
      Practice,
      practices(),
      { cap: PRACTICES_PER_STATEMENT, unique: 'key' },
      (written, batchIds) => {
        ids.set(batchIds, written - batchIds.length);
        progress(written);
      },
    );
    return ids;
  }

  private async writeOutcomes(
    reference: ReferenceData,
    programs: ProgramPlan[],
    practiceIds: Float64Array,
    sourceId: number,
  ): Promise<number> {
    const random = new Random(this.options.seed, 'outcomes');
    const total = this.options.outcomes;
    const quotas = outcomeQuotas(random, programs, total, reference.indicators.length);
    function* outcomes() {
      for (const [index, program] of programs.entries()) {
        yield* programOutcomes(random, program, quotas[index]!, reference, practiceIds, sourceId);
      }
    }
    return this.insertAll(Outcome, outcomes(), {}, this.progress(total, 'outcomes'));
  }

  /**
   * Inserts records as they are generated, a statement's worth (at most `cap`) at a time; `done`
   * is told how many are written so far, and the ids of the last ones when they are told apart by
   * `unique`.
   */
  private async insertAll<T extends object>(
    entity: EntityClass<T>,
    records: Iterable<EntityRow<T>>,
    options: { cap?: number; unique?: keyof T & string },
    done: (written: number, ids: number[]) => void,
  ): Promise<number> {
    let batch: EntityRow<T>[] = [];
    let size = 0;
    let written = 0;
    const flush = async () => {
      const ids = await this.tables.insertReturningIds(entity, batch, options.unique);
      written += batch.length;
      batch = [];
      done(written, ids);
    };
    for (const record of records) {
      size ||= this.tables.rowsPerStatement(entity, record, options.cap);
      batch.push(record);
      if (batch.length === size) await flush();
    }
    if (batch.length > 0) await flush();
    return written;
  }

  /** A reporter of rows written so far that speaks at every tenth of `total`. */
  private progress(total: number, kind: string): (done: number) => void {
    const step = Math.max(1, Math.ceil(total / 10));
    let next = step;
    return (done) => {
      if (done < next && done < total) return;
      this.report(done, total, kind);
      while (next <= done) next += step;
    };
  }

  private report(done: number, total: number, kind: string): void {
    this.options.progress?.(`generated ${done}/${total} ${kind} (${this.elapsed()})`);
  }
}

export function describeCounts(counts: SyntheticCounts): string {
  return `${counts.programs} programmes, ${counts.practices} practices, ${counts.outcomes} outcomes`;
}
