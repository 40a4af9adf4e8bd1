import type { EntityManager } from '@mikro-orm/knex';
import type { EntityTables } from '../entity-tables';
import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import type { StoredAtlas } from './atlas-records';
import { fingerprint } from './canonical';
import { TRANSFER_KINDS, type TransferData } from './document';
import { REFERRED_BY, type RecordIds, type RecordKind, type ReferredKind } from './record-kind';
import { recordKindOf, type EntityOf } from './record-kinds';
import { writeTranslations } from './translations';

/** Records written per unit of work or group of statements, and between progress lines. */
const BATCH_SIZE = 1000;

/** The kinds of record an import counts: those of the seed files, and translations. */
export type TransferKind = SeedFileName | 'translations';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  /** Called every BATCH_SIZE records of a kind: "imported 3000/10000 practices". */
  progress?: (line: string) => void;
}

/**
 * Upserts validated records kind by kind (each kind described in kinds/), each referring to stored
 * ones or ones written before it (by id: the records referred to may belong to another unit of
 * work), in the caller's transaction.
 */
export class AtlasWriter {
  private readonly counts: Partial<Record<TransferKind, ImportCounts>> = {};
  private readonly ids: RecordIds;

  constructor(
    private readonly em: EntityManager,
    private readonly stored: StoredAtlas,
    private readonly tables: EntityTables,
    private readonly options: ImportOptions,
  ) {
    const ids = (kind: ReferredKind) => new Map(stored[kind].map((entity) => [referredBy(kind, entity), entity.id]));
    this.ids = {
      sources: ids('sources'),
      countries: ids('countries'),
      indicators: ids('indicators'),
      events: ids('events'),
      programs: ids('programs'),
      practices: ids('practices'),
    };
  }

  async write(data: TransferData): Promise<Partial<Record<TransferKind, ImportCounts>>> {
    for (const kind of TRANSFER_KINDS) await this.upsert(kind, data[kind]);
    if (data.translations) this.counts.translations = await writeTranslations(this.em, data.translations, this.ids);
    return this.counts;
  }

  /**
   * Creates or updates each record, leaving alone those already stored exactly so, a batch at a
   * time. New records go in bulk, or through a unit of work of their own (a fork in the same
   * transaction): one unit of work for everything would make every flush cost all the records
   * written before it. Updates go through the transaction's unit of work, which holds the stored
   * records.
   */
  private async upsert<K extends SeedFileName>(kind: K, records: SeedRecord<K>[] | undefined): Promise<void> {
    if (!records) return;
    const description = recordKindOf(kind);
    const storedIdentity = (entity: EntityOf<K>) =>
      kind in REFERRED_BY
        ? referredBy(kind as ReferredKind, entity)
        : description.identity(description.toRecord(entity));
    const stored = new Map(this.stored[kind].map((entity) => [storedIdentity(entity), entity]));
    const ids = kind in REFERRED_BY ? this.ids[kind as ReferredKind] : undefined;
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    this.counts[kind] = counts;
    for (let start = 0; start < records.length; start += BATCH_SIZE) {
      const created: SeedRecord<K>[] = [];
      let updated = false;
      for (const record of records.slice(start, start + BATCH_SIZE)) {
        const existing = stored.get(description.identity(record));
        if (!existing) {
          created.push(record);
        } else if (fingerprint(kind, description.toRecord(existing)) !== fingerprint(kind, record)) {
          description.write(this.em, record, existing, this.ids);
          updated = true;
          counts.updated++;
        } else {
          counts.unchanged++;
        }
      }
      const createdIds = await this.create(description, created);
      if (ids) created.forEach((record, index) => ids.set(description.identity(record), createdIds[index]!));
      counts.created += created.length;
      if (updated) await this.em.flush();
      const done = start + Math.min(BATCH_SIZE, records.length - start);
      if (done % BATCH_SIZE === 0) this.options.progress?.(`imported ${done}/${records.length} ${kind}`);
    }
  }

  /** Writes new records, in bulk where their kind comes by the hundred thousand; returns their ids in order. */
  private async create<K extends SeedFileName>(
    description: RecordKind<K, EntityOf<K>>,
    records: SeedRecord<K>[],
  ): Promise<number[]> {
    if (records.length === 0) return [];
    const { bulk } = description;
    if (bulk) {
      const now = new Date();
      const rows = records.map((record) => ({ ...description.data(record, this.ids), ...bulk.stamps(now) }));
      const unique = REFERRED_BY[description.kind as ReferredKind] as (keyof EntityOf<K> & string) | undefined;
      return this.tables.insertReturningIds(description.entity, rows, unique);
    }
    const batch = this.em.fork({ keepTransactionContext: true });
    const entities = records.map((record) => description.write(batch, record, undefined, this.ids));
    await batch.flush();
    return entities.map((entity) => entity.id);
  }
}

/** The key or code a stored record is referred to by. */
function referredBy(kind: ReferredKind, entity: object): string {
  return (entity as unknown as Record<string, string>)[REFERRED_BY[kind]]!;
}
