import { Collection, Reference, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { EntityRow } from '../entity-tables';
import { SEED_FILES, type SeedFileName, type SeedRecord } from '../seed/seed-schema';

/** The kinds other records refer to, and the field each is referred to by. */
export const REFERRED_BY = {
  sources: 'key',
  countries: 'code',
  indicators: 'code',
  events: 'key',
  programs: 'key',
  practices: 'key',
} as const satisfies Partial<Record<SeedFileName, string>>;
export type ReferredKind = keyof typeof REFERRED_BY;

/** Ids of stored and written records, by key or code: what later records refer to. */
export type RecordIds = Record<ReferredKind, Map<string, number>>;

type Field<K extends SeedFileName> = keyof SeedRecord<K> & string;

/** A record field read from the entity, and written to it, otherwise than as it is. */
interface CustomField<E> {
  read(entity: E): unknown;
  write?(value: never, ids: RecordIds): unknown;
}

/** What sets a kind of record apart; every other field is the entity's property of the same name. */
export interface KindOptions<K extends SeedFileName, E extends { id: number }> {
  entity: EntityClass<E>;
  /** Relations by the kind of record they refer to: a many-to-one (a key or code), or a many-to-many (keys). */
  references?: Partial<Record<Field<K>, ReferredKind>>;
  fields?: Partial<Record<Field<K>, CustomField<E>>>;
  /** Record fields the database does not keep. */
  unstored?: Field<K>[];
  /** Relations to load besides the references, for `fields`. */
  populate?: string[];
  /** What tells a stored record from a new one: its key or code unless given. */
  identity?: (record: SeedRecord<K>) => string;
  /** New records of this kind come by the hundred thousand: written as multi-row INSERTs with these columns set. */
  bulk?: { stamps(now: Date): EntityRow<E> };
  /** Writes what the record holds beyond its entity's own columns (a country's legal instruments). */
  afterWrite?(em: EntityManager, entity: E, record: SeedRecord<K>, existing: E | undefined, ids: RecordIds): void;
}

/** One kind of record of the export format and the entity it is stored as. */
export interface RecordKind<K extends SeedFileName, E extends { id: number }> {
  kind: K;
  entity: EntityClass<E>;
  /** The record's fields the database keeps, in the order of the record schema. */
  fields: readonly Field<K>[];
  references: Partial<Record<Field<K>, ReferredKind>>;
  /** The relations `toRecord` reads. */
  populate: string[];
  identity(record: SeedRecord<K>): string;
  /** A stored record in the export format (not yet canonical: see canonical.ts). */
  toRecord(entity: E): SeedRecord<K>;
  /** The record as entity data: references as ids, absent values as null. */
  data(record: SeedRecord<K>, ids: RecordIds): EntityRow<E>;
  /** Creates the record through the unit of work `em`, or updates `existing`. */
  write(em: EntityManager, record: SeedRecord<K>, existing: E | undefined, ids: RecordIds): E;
  bulk?: KindOptions<K, E>['bulk'];
}

/**
 * A kind described by its record schema (seed-schema.ts) and its entity: fields are copied by name
 * (absent in a record, null in the entity), references go by key or code in records and by id in
 * entities. Only what differs is written out per kind.
 */
export function recordKind<K extends SeedFileName, E extends { id: number }>(
  kind: K,
  options: KindOptions<K, E>,
): RecordKind<K, E> {
  const references = (options.references ?? {}) as Partial<Record<string, ReferredKind>>;
  const custom = (options.fields ?? {}) as Partial<Record<string, CustomField<E>>>;
  const unstored: readonly string[] = options.unstored ?? [];
  const fields = Object.keys(SEED_FILES[kind].shape).filter((field) => !unstored.includes(field));
  const idField = (REFERRED_BY as Partial<Record<SeedFileName, string>>)[kind] ?? 'key';
  const identity =
    options.identity ?? ((record: SeedRecord<K>) => (record as Record<string, unknown>)[idField] as string);
  const data = (record: SeedRecord<K>, ids: RecordIds): EntityRow<E> => {
    const values = record as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const field of fields) {
      const target = references[field];
      const value = values[field];
      const write = custom[field]?.write;
      if (write) data[field] = write(value as never, ids);
      else if (custom[field]) continue;
      else if (!target) data[field] = value ?? null;
      else if (Array.isArray(value)) data[field] = value.map((item: string) => ids[target].get(item)!);
      else data[field] = value === undefined ? null : ids[target].get(value as string)!;
    }
    return data as EntityRow<E>;
  };
  return {
    kind,
    entity: options.entity,
    fields: fields as Field<K>[],
    references: references as Partial<Record<Field<K>, ReferredKind>>,
    populate: [...Object.keys(references), ...(options.populate ?? [])],
    identity,
    toRecord(entity) {
      const values = entity as Record<string, unknown>;
      const record: Record<string, unknown> = {};
      for (const field of fields) {
        const target = references[field];
        const read = custom[field]?.read;
        const value = read ? read(entity) : values[field];
        record[field] = target ? referredBy(value, REFERRED_BY[target]) : (value ?? undefined);
      }
      return record as SeedRecord<K>;
    },
    data,
    write(em, record, existing, ids) {
      // The data is the entity's own (EntityRow<E>); assign() and create() cannot relate it to a generic E.
      const values = data(record, ids) as never;
      const entity = existing ? (em.assign(existing, values) as E) : em.create(options.entity, values);
      options.afterWrite?.(em, entity, record, existing, ids);
      return entity;
    },
    bulk: options.bulk,
  };
}

/** The key or code a relation refers to: of each item of a collection, or of a reference (absent when null). */
function referredBy(value: unknown, field: string): unknown {
  const keyOf = (entity: object) => (entity as Record<string, unknown>)[field];
  if (value instanceof Collection) return (value.getItems() as object[]).map(keyOf);
  if (Reference.isReference(value)) return keyOf(value.getEntity() as object);
  return undefined;
}
