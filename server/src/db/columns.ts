import { Enum, Property } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, Int } from 'type-graphql';
import { EnumSetType } from './enum-set.type';

/**
 * Columns that are also GraphQL fields, each declared by one decorator: it applies type-graphql's
 * `@Field` and MikroORM's `@Property` (or `@Enum`) with one description and one nullability.
 * Relations, fields that are not columns and columns that are not fields keep their own
 * decorators, as does a column GraphQL may answer null for while it never is (a personal field).
 */
interface Column {
  description: string;
  nullable?: boolean;
}

type GraphQLType = NonNullable<Parameters<typeof Field>[0]>;
type ColumnDecorator = (target: object, propertyName: string) => void;

export const TextColumn = scalarColumn<{ unique?: boolean }>(() => String, 'text');
export const StringColumn = scalarColumn<{ length: number; unique?: boolean }>(() => String, 'string');
export const IntColumn = scalarColumn(() => Int, 'integer');
export const FloatColumn = scalarColumn(() => Float, 'double');
export const BooleanColumn = scalarColumn(() => Boolean, 'boolean');
export const DateTimeColumn = scalarColumn<{ onUpdate?: () => Date }>(() => GraphQLISODateTime, 'datetime');

/** The version MikroORM checks and increases on every change (optimistic locking). */
export function VersionColumn(
  description = 'Version for optimistic locking; increases with every change.',
): ColumnDecorator {
  return fieldAndColumn(() => Int, { description }, Property({ type: 'integer', version: true }));
}

/** One value of a vocabulary (a GraphQL enum), stored as its name. */
export function EnumColumn(
  items: Record<string, string>,
  { description, ...column }: Column & { length: number },
): ColumnDecorator {
  return fieldAndColumn(
    () => items,
    { description, ...column },
    Enum({ items: () => items, type: 'string', ...column }),
  );
}

/** A set of a vocabulary's values (a list of a GraphQL enum), stored as a bit mask over `values`. */
export function EnumSetColumn<E extends string>(
  items: Record<string, E>,
  values: readonly E[],
  { description }: Pick<Column, 'description'>,
): ColumnDecorator {
  return fieldAndColumn(() => [items], { description }, Property({ type: new EnumSetType(values) }));
}

/** A JSON value: a list of strings or of objects, or any JSON (GraphQLJSON). */
export function JsonColumn(type: GraphQLType, { description, ...column }: Column): ColumnDecorator {
  return fieldAndColumn(type, { description, ...column }, Property({ type: 'json', ...column }));
}

/** A kind of column: its GraphQL type and its column type; every option but the description is the column's too. */
function scalarColumn<Options extends object = object>(type: GraphQLType, columnType: string) {
  return ({ description, ...column }: Column & Options): ColumnDecorator =>
    fieldAndColumn(type, { description, ...column }, Property({ type: columnType, ...column }));
}

function fieldAndColumn(
  type: GraphQLType,
  { description, nullable }: Column,
  column: ColumnDecorator,
): ColumnDecorator {
  const field = Field(type, nullable ? { nullable, description } : { description });
  return (target, propertyName) => {
    column(target, propertyName);
    field(target, propertyName);
  };
}
