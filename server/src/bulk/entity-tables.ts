import {
  ReferenceKind,
  type Collection,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type Reference,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { BulkInsert, Row } from '../db/bulk-insert';

/**
 * A new record in the entity's own terms: its property names and values, a many-to-one as the id it
 * refers to, a many-to-many as the ids of its items. Properties left out keep their column's default.
 */
export type EntityRow<T> = {
  [P in keyof T & string]?: T[P] extends Collection<object>
    ? readonly number[]
    : T[P] extends Reference<object> | null
      ? number | null
      : T[P];
};

/**
 * Multi-row INSERTs of entities (BulkInsert) with what the ORM's own metadata says of their tables,
 * as db/read-model.ts reads them: table and column names, join tables, and each value as the ORM
 * would store it (enum sets as bit masks, JSON as text, timestamps as the ORM writes them). No
 * column list is written out by hand: a record names the properties it sets.
 */
export class EntityTables {
  constructor(
    private readonly em: EntityManager,
    private readonly bulk: BulkInsert,
  ) {}

  /**
   * Inserts the records (each naming the same properties) with their many-to-many items; returns
   * the new ids in the order of `records`, told apart by `unique` (a unique property of theirs) as
   * a multi-row INSERT returns its rows in no guaranteed order. Without `unique`, no ids.
   */
  async insertReturningIds<T extends object>(
    entity: EntityClass<T>,
    records: readonly EntityRow<T>[],
    unique?: keyof T & string,
  ): Promise<number[]> {
    const [first] = records;
    if (!first) return [];
    const { meta, properties, scalars, collections } = this.propertiesOf(entity, first);
    const given = records as readonly Record<string, unknown>[];
    const columns = scalars.map((prop) => prop.fieldNames[0]!);
    const values = scalars.map((prop) => this.toColumn(prop));
    const rows = given.map((record): Row => scalars.map((prop, index) => values[index]!(record[prop.name])));
    const wantsIds = unique !== undefined || collections.length > 0;
    if (!wantsIds) {
      await this.bulk.insert(meta.tableName, columns, rows);
      return [];
    }
    if (unique === undefined) throw new Error(`${meta.className}: name a unique property to insert its collections`);
    const uniqueColumn = properties[unique]!.fieldNames[0]!;
    const stored = await this.bulk.insertReturning<Record<string, unknown>>(meta.tableName, columns, rows, [
      'id',
      uniqueColumn,
    ]);
    const idOf = new Map(stored.map((row) => [row[uniqueColumn], Number(row.id)]));
    const ids = given.map((record) => idOf.get(record[unique])!);
    for (const prop of collections) {
      const items = given.flatMap((record, index) =>
        [...new Set(record[prop.name] as readonly number[])].map((item): Row => [ids[index], item]),
      );
      await this.bulk.insert(prop.pivotTable, [...prop.joinColumns, ...prop.inverseJoinColumns], items);
    }
    return ids;
  }

  /** Records naming the properties `sample` names that fit in one statement (at most `cap`). */
  rowsPerStatement<T extends object>(entity: EntityClass<T>, sample: EntityRow<T>, cap?: number): number {
    return this.bulk.rowsPerStatement(this.propertiesOf(entity, sample).scalars.length, cap);
  }

  /** The properties a record names: those stored in the entity's table, and its many-to-many collections. */
  private propertiesOf<T extends object>(entity: EntityClass<T>, record: EntityRow<T>) {
    const meta = this.em.getMetadata().get(entity.name) as EntityMetadata<T>;
    const properties = meta.properties as Record<string, EntityProperty<T> | undefined>;
    const props = Object.keys(record).map((name) => {
      const prop = properties[name];
      if (!prop) throw new Error(`${meta.className} has no property ${name}`);
      return prop;
    });
    return {
      meta,
      properties,
      scalars: props.filter((prop) => prop.kind !== ReferenceKind.MANY_TO_MANY),
      collections: props.filter((prop) => prop.kind === ReferenceKind.MANY_TO_MANY),
    };
  }

  /** How a property's value is stored in its column. */
  private toColumn<T>(prop: EntityProperty<T>): (value: unknown) => unknown {
    if (prop.kind !== ReferenceKind.SCALAR) return (id) => id ?? null;
    if (prop.runtimeType === 'Date') return (date) => (date == null ? null : this.bulk.datetime(date as Date));
    const type = prop.customType;
    if (!type) return (value) => value ?? null;
    const platform = this.em.getPlatform();
    return (value) => (value == null ? null : type.convertToDatabaseValue(value, platform));
  }
}
