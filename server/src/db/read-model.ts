import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager, Knex } from '@mikro-orm/knex';

type Row = Record<string, unknown>;

/**
 * How the rows of one entity's table become read-only records shaped like the entity: same class
 * (so `globalId` and GraphQL's `resolveType` work), same property values, and each many-to-one as
 * `{ id }` (as a `Ref` gives its `id` without loading). Collections are left out: the request's
 * `RelatedRecords` reads them.
 *
 * Why not the ORM: hydrating entities (identity map, change-tracking snapshots, references) cost
 * about ten times the SQL statement itself on the public read paths (docs/performance.md). Records
 * read this way are never persisted; writes load managed entities as before.
 */
export interface ReadPlan<T> {
  /** The table's columns this entity maps, to select (and nothing else: PostgreSQL's `search` stays out). */
  columns: string[];
  table: string;
  read(row: Row): T;
}

const plans = new WeakMap<EntityMetadata, ReadPlan<unknown>>();

export function readPlan<T extends object>(em: EntityManager, entity: EntityClass<T>): ReadPlan<T> {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata<T>;
  const known = plans.get(meta as EntityMetadata);
  if (known) return known as ReadPlan<T>;
  const platform = em.getPlatform();
  const mapResult = (row: Row) => em.getComparator().mapResult(meta.className, row as never) as Row;
  const props = meta.props.filter(stored);
  const converted = props.filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.customType && !isDate(prop));
  const references = props.filter((prop) => prop.kind !== ReferenceKind.SCALAR);
  const plan: ReadPlan<T> = {
    table: meta.tableName,
    columns: props.flatMap((prop) => prop.fieldNames),
    read(row) {
      const data = mapResult(row);
      for (const prop of converted) {
        const value = data[prop.name];
        if (value != null) data[prop.name] = prop.customType!.convertToJSValue(value, platform);
      }
      for (const prop of references) {
        const id = data[prop.name];
        data[prop.name] = id == null ? null : { id: Number(id) };
      }
      const record = Object.create(entity.prototype as object) as T;
      // Own data properties: the ORM's accessors on the prototype are for managed entities only.
      for (const prop of props) {
        Object.defineProperty(record, prop.name, { value: data[prop.name] ?? null, writable: true, enumerable: true });
      }
      return record;
    },
  };
  plans.set(meta as EntityMetadata, plan as ReadPlan<unknown>);
  return plan;
}

/** `rows` (selected with the plan's columns, plus any extra) as read-only records. */
export function readRecords<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: Row[]): T[] {
  const plan = readPlan(em, entity);
  return rows.map((row) => plan.read(row));
}

function stored(prop: EntityProperty): boolean {
  if (prop.persist === false || !prop.fieldNames?.length) return false;
  if (prop.kind === ReferenceKind.SCALAR) return true;
  return prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner === true);
}

function isDate(prop: EntityProperty): boolean {
  return prop.runtimeType === 'Date';
}

/**
 * The records with these ids, read in one statement, by id (ids not stored are absent). `where`
 * narrows them further in the same statement (a read rule; the table keeps its name, unaliased).
 */
export async function readById<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: readonly number[],
  where?: (qb: Knex.QueryBuilder) => void,
): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map();
  const plan = readPlan(em, entity);
  const query = em
    .getKnex()
    .from(plan.table)
    .select(plan.columns)
    .whereIn('id', [...ids]);
  if (where) query.where(where);
  const rows = await em.execute<Row[]>(query);
  return new Map(rows.map((row) => [Number(row.id), plan.read(row)]));
}

/** The same, in the order of `ids` (the order a SQL page chose). */
export async function readInOrder<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: number[],
): Promise<T[]> {
  const byId = await readById(em, entity, ids);
  return ids.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}
