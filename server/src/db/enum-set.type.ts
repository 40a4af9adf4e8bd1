import { maskOf, valuesOf } from '@atlas/shared';
import { Type } from '@mikro-orm/core';

/**
 * Stores a set of enum values as an integer bit mask (bit i = the i-th value of the vocabulary).
 * Filters become `(column & mask) != 0` and facet counts one pass over the rows, on SQLite and
 * PostgreSQL alike. Values are only ever appended to a vocabulary, so stored masks stay valid. The
 * masks themselves are `@atlas/shared`'s (`maskOf`, `valuesOf`), which the static Atlas reads too.
 */
export class EnumSetType<E extends string> extends Type<E[], number> {
  constructor(private readonly values: readonly E[]) {
    super();
  }

  override convertToDatabaseValue(value: E[] | null | undefined): number {
    return maskOf(this.values, value ?? []);
  }

  override convertToJSValue(value: number | null | undefined): E[] {
    return valuesOf(this.values, Number(value ?? 0));
  }

  override compareAsType(): string {
    return 'number';
  }

  override getColumnType(): string {
    return 'integer';
  }
}
