import type { EntityManager, Knex } from '@mikro-orm/knex';
import { BulkInsert, withLargeCache } from '../../db/bulk-insert';
import { dialectOf, type AtlasOrm } from '../../db/orm';
import { EntityTables } from '../entity-tables';
import { checkFigureValues, checkReferences, type RecordLocator } from '../seed/load-seed';
import { loadStoredAtlas, type StoredAtlas } from './atlas-records';
import { AtlasWriter, type ImportCounts, type ImportOptions, type TransferKind } from './atlas-writer';
import type { TransferData } from './document';
import type { ImportInput } from './read-input';
import { inTransaction } from '../../db/in-transaction';
import { importedTranslationProblems } from './translations';

export type { ImportCounts, ImportOptions } from './atlas-writer';

export type ImportResult =
  { ok: true; counts: Partial<Record<TransferKind, ImportCounts>> } | { ok: false; problems: string[] };

class ImportRejected extends Error {
  constructor(readonly problems: string[]) {
    super('import rejected');
  }
}

/**
 * Writes the records in one transaction, all or nothing: records whose key or code (for figures:
 * their natural fields) is stored are updated, others created. References may point into the file
 * or into the database; when anything is invalid, every problem is returned and nothing written.
 */
export async function importAtlas(
  orm: AtlasOrm,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const counts = await inTransaction(orm.em.fork() as EntityManager, async (em) => {
      const stored = await loadStoredAtlas(em);
      const problems = [...input.problems, ...conflictsWithStored(input.data, stored, input.locate)];
      if (problems.length) throw new ImportRejected(problems);
      const trx = em.getTransactionContext<Knex.Transaction>()!;
      const bulk = await BulkInsert.open(trx, dialectOf(orm));
      return withLargeCache(trx, bulk.dialect, () =>
        new AtlasWriter(em, stored, new EntityTables(em, bulk), options).write(input.data),
      );
    });
    return { ok: true, counts };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** Unique fields of records that may be taken by another stored record: the kind, its key or code, the field. */
const UNIQUE_ELSEWHERE = [
  ['sources', 'key', 'url'],
  ['countries', 'code', 'iso3'],
] as const;

/**
 * References to records in neither the file nor the database; duplicates; unique fields taken;
 * figures whose value does not fit their indicator's unit.
 */
function conflictsWithStored(data: TransferData, stored: StoredAtlas, locate: RecordLocator): string[] {
  const problems: string[] = [];
  const keysOf = (entities: { key: string }[]) => new Set(entities.map((e) => e.key));
  checkReferences(data, problems, locate, {
    sources: keysOf(stored.sources),
    countries: new Set(stored.countries.map((c) => c.code)),
    indicators: new Set(stored.indicators.map((i) => i.code)),
    events: keysOf(stored.events),
    programs: keysOf(stored.programs),
    practices: keysOf(stored.practices),
  });
  if (data.translations) {
    // A translation's record and source may be in the file or stored.
    const known = (kind: 'sources' | 'events' | 'programs' | 'practices') =>
      new Set([...keysOf(stored[kind]), ...(data[kind] ?? []).map((record) => record.key)]);
    const indicators = new Set([...stored.indicators, ...(data.indicators ?? [])].map((i) => i.code));
    problems.push(
      ...importedTranslationProblems(
        data.translations,
        {
          sources: known('sources'),
          events: known('events'),
          programs: known('programs'),
          practices: known('practices'),
          indicators,
        },
        locate,
      ),
    );
  }
  checkFigureValues(data, problems, locate, new Map(stored.indicators.map((i) => [i.code, i.unit])));
  // A unique field taken by another stored record, unless the file gives that record another value.
  for (const [kind, id, field] of UNIQUE_ELSEWHERE) {
    const records = (data[kind] ?? []) as unknown as Record<string, string>[];
    const owners = new Map(
      (stored[kind] as unknown as Record<string, string>[]).map((entity) => [entity[field]!, entity[id]!]),
    );
    const valueInFile = new Map(records.map((record) => [record[id]!, record[field]!]));
    records.forEach((record, index) => {
      const value = record[field]!;
      const owner = owners.get(value);
      const ownerKeepsIt = owner !== undefined && (valueInFile.get(owner) ?? value) === value;
      if (owner !== record[id] && ownerKeepsIt) {
        problems.push(`${locate(kind, index, record)}: ${field} "${value}" already belongs to "${owner}"`);
      }
    });
  }
  return problems;
}
