/**
 * A set of vocabulary values as an integer bit mask (bit i = the i-th value of the vocabulary), as
 * the practice table stores it (the server's `EnumSetType`). Filters become `(column & mask) != 0`
 * and facet counts one pass over the rows. Values are only ever appended to a vocabulary, so stored
 * masks stay valid.
 */
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
