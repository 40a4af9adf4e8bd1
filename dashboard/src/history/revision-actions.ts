import type { RevisionEntry } from './queries';

/** What "restore" would bring back from a revision, or null when it would bring back nothing new. */
export type RestoreOffer = { kind: 'deleted' } | { kind: 'version'; state: Record<string, unknown> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * restoreRevision brings back the state right AFTER a revision (its `before` only for a deletion,
 * which has no after). So restoring an ARCHIVE revision re-archives; undoing an archive means
 * restoring the revision before it. The newest revision's after is the current state: nothing to offer.
 */
export function restoreOffer(revision: Pick<RevisionEntry, 'after' | 'before'>, newest: boolean): RestoreOffer | null {
  if (isRecord(revision.after)) return newest ? null : { kind: 'version', state: revision.after };
  if (isRecord(revision.before)) return { kind: 'deleted' };
  return null;
}

/** What restoring the state BEFORE a revision would bring back: a recorded state, or no record at all. */
export interface UndoOffer {
  state: Record<string, unknown> | null;
}

/**
 * restoreRevision with `before` brings back the state right before a change. Offered on a record's
 * oldest revision only (before any other, its `before` is the after of the one before it): the way
 * back to the state its history began from — a record seeded or imported before any revision, or no
 * record at all before its creation, where its kind can be removed (`removable`).
 */
export function undoOffer(
  revision: Pick<RevisionEntry, 'after' | 'before'>,
  { oldest, removable = false }: { oldest: boolean; removable?: boolean },
): UndoOffer | null {
  if (!oldest || !isRecord(revision.after)) return null;
  if (isRecord(revision.before)) return { state: revision.before };
  return revision.before === null && removable ? { state: null } : null;
}
