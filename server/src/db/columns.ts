import { Enum, Property } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, Int } from 'type-graphql';
import { EnumSetType } from './enum-set.type';

interface Options {
  description: string;
  nullable?: boolean;
}

type GraphQLType = NonNullable<Parameters<typeof Field>[0]>;
type ColumnDecorator = (target: object, propertyName: string) => void;

/**
 * Columns that are also GraphQL fields, each declared by one decorator (`@Column.text({ description })`):
 * it applies type-graphql's `@Field` and MikroORM's `@Property` (or `@Enum`) with one description and
 * one nullability. Relations, fields that are not columns and columns that are not fields keep their
 * own decorators, as does a column GraphQL may answer null for while it never is (a personal field).
 */
export const Column = {
  text: scalar<{ unique?: boolean }>(() => String, 'text'),
  string: scalar<{ length: number; unique?: boolean }>(() => String, 'string'),
  int: scalar(() => Int, 'integer'),
  float: scalar(() => Float, 'double'),
  boolean: scalar(() => Boolean, 'boolean'),
  dateTime: scalar<{ onUpdate?: () => Date }>(() => GraphQLISODateTime, 'datetime'),

  /** The version MikroORM checks and increases on every change (optimistic locking). */
  version(description = 'Version for optimistic locking; increases with every change.'): ColumnDecorator {
    return fieldAndColumn(() => Int, { description }, Property({ type: 'integer', version: true }));
  },

  /** One value of a vocabulary (a GraphQL enum), stored as its name. */
  enum(items: Record<string, string>, { description, ...column }: Options & { length: number }): ColumnDecorator {
    return fieldAndColumn(
      () => items,
      { description, ...column },
      Enum({ items: () => items, type: 'string', ...column }),
    );
  },

  /** A set of a vocabulary's values (a list of a GraphQL enum), stored as a bit mask over `values`. */
  enumSet<E extends string>(
    items: Record<string, E>,
    values: readonly E[],
    { description }: Pick<Options, 'description'>,
  ): ColumnDecorator {
    return fieldAndColumn(() => [items], { description }, Property({ type: new EnumSetType(values) }));
  },

  /** A JSON value: a list of strings or of objects, or any JSON (GraphQLJSON). */
  json(type: GraphQLType, { description, ...column }: Options): ColumnDecorator {
    return fieldAndColumn(type, { description, ...column }, Property({ type: 'json', ...column }));
  },
};

/** A kind of column: its GraphQL type and its column type; every option but the description is the column's too. */
function scalar<Extra extends object = object>(type: GraphQLType, columnType: string) {
  return ({ description, ...column }: Options & Extra): ColumnDecorator =>
    fieldAndColumn(type, { description, ...column }, Property({ type: columnType, ...column }));
}

function fieldAndColumn(
  type: GraphQLType,
  { description, nullable }: Options,
  column: ColumnDecorator,
): ColumnDecorator {
  const field = Field(type, nullable ? { nullable, description } : { description });
  return (target, propertyName) => {
    column(target, propertyName);
    field(target, propertyName);
  };
}
