import type { Knex } from '@mikro-orm/knex';
import { Source } from '../../sources/source.entity';
import type { EntityTables } from '../entity-tables';
import { SYNTHETIC_PRACTICE_KEY_PREFIX, SYNTHETIC_PROGRAM_KEY_PREFIX, SYNTHETIC_SOURCE } from './synthetic-labels';

export interface SyntheticCounts {
  programs: number;
  practices: number;
  outcomes: number;
}

const programs = (trx: Knex.Transaction) => trx('program').where('key', 'like', `${SYNTHETIC_PROGRAM_KEY_PREFIX}%`);
const practices = (trx: Knex.Transaction) => trx('practice').where('key', 'like', `${SYNTHETIC_PRACTICE_KEY_PREFIX}%`);
const source = (trx: Knex.Transaction) => trx('source').where('key', SYNTHETIC_SOURCE.key);
const outcomes = (trx: Knex.Transaction) =>
  trx('outcome').whereIn('source_id', source(trx).select('id')).orWhereIn('program_id', programs(trx).select('id'));

async function count(query: Knex.QueryBuilder): Promise<number> {
  const [row] = (await query.count({ n: '*' })) as { n: number | string }[];
  return Number(row?.n ?? 0);
}

/** The synthetic records already stored; null if there are none. */
export async function storedSynthetic(trx: Knex.Transaction): Promise<SyntheticCounts | null> {
  const counts = {
    programs: await count(programs(trx)),
    practices: await count(practices(trx)),
    outcomes: await count(outcomes(trx)),
  };
  return counts.programs + counts.practices + counts.outcomes > 0 ? counts : null;
}

/**
 * Deletes every synthetic programme, practice and outcome (with their citations; the full-text
 * index follows by itself). The synthetic source stays, to be cited again.
 */
export async function removeSynthetic(trx: Knex.Transaction): Promise<SyntheticCounts> {
  const removedOutcomes = await outcomes(trx).delete();
  await trx('practice_sources').whereIn('practice_id', practices(trx).select('id')).delete();
  const removedPractices = await practices(trx).delete();
  await trx('program_sources').whereIn('program_id', programs(trx).select('id')).delete();
  const removedPrograms = await programs(trx).delete();
  return { programs: removedPrograms, practices: removedPractices, outcomes: removedOutcomes };
}

/** The id of the one source every synthetic record cites, stored now if it is not yet. */
export async function syntheticSourceId(trx: Knex.Transaction, tables: EntityTables): Promise<number> {
  const existing = (await source(trx).first('id')) as { id: number } | undefined;
  if (existing) return Number(existing.id);
  const [id] = await tables.insertReturningIds(Source, [{ ...SYNTHETIC_SOURCE }], 'key');
  return id!;
}
