import {
  ReferenceKind,
  type Collection,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
} from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { canReadRecord, readableIdsInSql, type Viewer } from '../access/viewer';
import { readById, readPlan } from './read-model';

type Row = Record<string, unknown>;
type CollectionKeys<O> = { [K in keyof O]: O[K] extends Collection<object> ? K : never }[keyof O] & string;
type ItemOf<C> = C extends Collection<infer T> ? T : never;

/**
 * One request's reads of records by id and of relations, batched: every field resolver that follows
 * a relation asks here, so a page of 20 practices costs one statement per relation whatever its
 * size. The records are read-only (read-model.ts), the same for ORM entities and read records,
 * since only ids are needed to ask. A record reached by its ID rather than through a relation
 * (`node`, `practice(id)`) is read with `readable`, which applies the viewer's read rules.
 */
export class RelatedRecords {
  private readonly loaders = new Map<string, DataLoader<number | string, unknown>>();

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  /**
   * The record with this id if the viewer may read it (access/viewer.ts), else null, as for an id
   * of nothing. A rule that needs the database (sources) is part of the same batched statement.
   */
  async readable<T extends object>(entity: EntityClass<T>, id: number | null | undefined): Promise<T | null> {
    if (id == null) return null;
    const readableIds = readableIdsInSql(entity.name);
    if (!readableIds) {
      const record = await this.one(entity, id);
      return record && canReadRecord(this.viewer, record) ? record : null;
    }
    const loader = this.loader<number>(`readable:${entity.name}`, async (ids) => {
      const readable = await readReadable(this.em, this.viewer, entity, ids, readableIds);
      return ids.map((id) => readable.get(id) ?? null);
    });
    return (await loader.load(id)) as T | null;
  }

  /**
   * The record whose unique `property` (a natural key: `key`, `code`, `url`) equals `value`, if the
   * viewer may read it, else null: its id is looked up, then read as `readable` reads it, by the
   * same rules.
   */
  async readableBy<T extends object>(
    entity: EntityClass<T>,
    property: string & keyof T,
    value: string,
  ): Promise<T | null> {
    const meta = this.em.getMetadata().get(entity.name) as EntityMetadata<T>;
    const column = (meta.properties as Record<string, EntityProperty>)[property]!.fieldNames[0]!;
    const loader = this.loader<string>(`by:${entity.name}.${property}`, async (values) => {
      const rows = await this.em.execute<Row[]>(
        this.em
          .getKnex()
          .from(meta.tableName)
          .select('id', column)
          .whereIn(column, [...values]),
      );
      const ids = new Map(rows.map((row) => [String(row[column]), Number(row.id)]));
      return values.map((value) => ids.get(value) ?? null);
    });
    return this.readable(entity, (await loader.load(value)) as number | null);
  }

  /** The record with this id, or null (also for a null id: an empty optional relation). */
  async one<T extends object>(entity: EntityClass<T>, id: number | null | undefined): Promise<T | null> {
    if (id == null) return null;
    const loader = this.loader<number>(`one:${entity.name}`, (ids) => this.byId(entity, ids));
    return (await loader.load(id)) as T | null;
  }

  /** The items of `owner.property` (one-to-many or many-to-many), in the collection's declared order. */
  async collection<O extends object, K extends CollectionKeys<O>>(
    owner: EntityClass<O>,
    property: K,
    ownerId: number,
  ): Promise<ItemOf<O[K]>[]> {
    const loader = this.loader<number>(`many:${owner.name}.${property}`, (ids) => this.byOwner(owner, property, ids));
    return (await loader.load(ownerId)) as ItemOf<O[K]>[];
  }

  private loader<K extends number | string>(
    key: string,
    batch: (keys: readonly K[]) => Promise<unknown[]>,
  ): DataLoader<K, unknown> {
    let loader = this.loaders.get(key) as DataLoader<K, unknown> | undefined;
    if (!loader) {
      loader = new DataLoader<K, unknown>(batch);
      this.loaders.set(key, loader as DataLoader<number | string, unknown>);
    }
    return loader;
  }

  private async byId<T extends object>(entity: EntityClass<T>, ids: readonly number[]): Promise<(T | null)[]> {
    const byId = await readById(this.em, entity, ids);
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async byOwner<O extends object>(owner: EntityClass<O>, property: string, ownerIds: readonly number[]) {
    const meta = this.em.getMetadata().get(owner.name) as EntityMetadata<O>;
    const prop = (meta.properties as Record<string, EntityProperty>)[property]!;
    const target = prop.targetMeta!;
    const plan = readPlan(this.em, target.class as EntityClass<object>);
    const knex = this.em.getKnex();
    const query = knex.from({ t: plan.table }).select(plan.columns.map((column) => `t.${column}`));
    if (prop.kind === ReferenceKind.MANY_TO_MANY) {
      query
        .join({ pv: prop.pivotTable }, `pv.${prop.inverseJoinColumns[0]}`, 't.id')
        .select({ owner_id: `pv.${prop.joinColumns[0]}` })
        .whereIn(`pv.${prop.joinColumns[0]}`, [...ownerIds]);
    } else {
      const foreignKey = target.properties[prop.mappedBy as never] as EntityProperty;
      query
        .select({ owner_id: `t.${foreignKey.fieldNames[0]}` })
        .whereIn(`t.${foreignKey.fieldNames[0]}`, [...ownerIds]);
    }
    orderBy(query, target, prop);
    const items = new Map<number, object[]>(ownerIds.map((id) => [id, []]));
    for (const row of await this.em.execute<Row[]>(query)) items.get(Number(row.owner_id))?.push(plan.read(row));
    return ownerIds.map((id) => items.get(id)!);
  }
}

/** The collection's declared `orderBy` (top-level properties of the target), then id. */
function orderBy(query: Knex.QueryBuilder, target: EntityMetadata, prop: EntityProperty): void {
  const orders = [prop.orderBy ?? []].flat() as Record<string, string>[];
  const names = orders.flatMap((order) => Object.entries(order));
  for (const [name, direction] of names) {
    query.orderBy(`t.${target.properties[name]!.fieldNames[0]}`, direction.toLowerCase() as 'asc' | 'desc');
  }
  if (!names.some(([name]) => name === 'id')) query.orderBy('t.id', 'asc');
}

/**
 * Which of these records the viewer may read, by the same rules as `RelatedRecords.readable`: for
 * inputs that refer to stored records, so that a reference cannot reveal what its author may not
 * read. One statement for a kind whose rule needs the database, none otherwise.
 */
export async function readableOnly<T extends { id: number }>(
  em: EntityManager,
  viewer: Viewer,
  entity: EntityClass<T>,
  records: T[],
): Promise<T[]> {
  const readableIds = readableIdsInSql(entity.name);
  if (!readableIds) return records.filter((record) => canReadRecord(viewer, record));
  const ids = records.map((record) => record.id);
  const readable = await readReadable(em, viewer, entity, ids, readableIds);
  return records.filter((record) => readable.has(record.id));
}

/** The records with these ids that the viewer may read, the rule part of the one statement that reads them. */
function readReadable<T extends object>(
  em: EntityManager,
  viewer: Viewer,
  entity: EntityClass<T>,
  ids: readonly number[],
  readableIds: NonNullable<ReturnType<typeof readableIdsInSql>>,
): Promise<Map<number, T>> {
  const subquery = readableIds(em.getKnex(), viewer, ids);
  return readById(em, entity, ids, subquery ? (qb) => qb.whereIn('id', subquery) : undefined);
}
