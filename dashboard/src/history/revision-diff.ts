/** One field that a change altered: its value before and after (undefined where the field was absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Bookkeeping every change moves on (the revision itself already shows its version and time), and
 * IDs recorded beside a name that says the same (a statistic's `sourceId`, beside `sourceTitle`).
 */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'lastEditedAt', 'sourceId']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values (key order of objects does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

/** What a list gained and lost from one version to the next, in the order each shows them. */
export function addedAndRemoved<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  return {
    added: after.filter((value) => !before.includes(value)),
    removed: before.filter((value) => !after.includes(value)),
  };
}

/**
 * The fields that differ between two recorded states of a record (JSON snapshots; either may be
 * null, for a creation or a deletion), in the order the record lists them.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field) && !sameJson(from[field], to[field]))
    .map((field) => ({ field, before: from[field], after: to[field] }));
}
