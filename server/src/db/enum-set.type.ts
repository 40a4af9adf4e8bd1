import { Type } from '@mikro-orm/core';

/**
 * Stores a set of enum values as an integer bit mask (bit i = the i-th value of the vocabulary).
 * Filters become `(column & mask) != 0` and facet counts one pass over the rows, on SQLite and
 * PostgreSQL alike. Values are only ever appended to a vocabulary, so stored masks stay valid.
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

export function maskOf<E extends string>(values: readonly E[], selected: readonly E[]): number {
  return selected.reduce((mask, value) => mask | bitOf(values, value), 0);
}

export function bitOf<E extends string>(values: readonly E[], value: E): number {
  const index = values.indexOf(value);
  if (index < 0) throw new Error(`Unknown value ${value}`);
  return 1 << index;
}

export function valuesOf<E extends string>(values: readonly E[], mask: number): E[] {
  return values.filter((_, index) => (mask & (1 << index)) !== 0);
}
