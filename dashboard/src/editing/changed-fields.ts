/** Each field of a form's values, labelled as the form labels it. */
export type FieldLabels<V> = Record<keyof V & string, string>;

// List items carry a React `key` of the form's own (list-keys.ts): it is not part of the record.
const withoutListKeys = (name: string, value: unknown) => (name === 'key' ? undefined : value);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, withoutListKeys) === JSON.stringify(b, withoutListKeys);
}

/** The labels of the fields that differ between two states of a record. */
export function changedFields<V extends object>(before: V, after: V, labels: FieldLabels<V>): string[] {
  return (Object.keys(labels) as (keyof V & string)[])
    .filter((field) => !same(before[field], after[field]))
    .map((field) => labels[field]);
}

/**
 * The form's values on top of a newer state of the record: each field edited here keeps the edit,
 * each field left as loaded takes the newer state, so another editor's change is not undone unseen.
 */
export function mergeEdits<V extends object>(loaded: V, edited: V, latest: V, labels: FieldLabels<V>): V {
  const merged = { ...edited };
  for (const field of Object.keys(labels) as (keyof V & string)[]) {
    if (same(edited[field], loaded[field])) merged[field] = latest[field];
  }
  return merged;
}
