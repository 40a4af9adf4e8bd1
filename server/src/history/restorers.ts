import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { badUserInput } from '../graphql/errors';
import { recordRevision, RevisionAction } from './record-revision';

/**
 * How a domain brings a record back to a recorded state (`restoreRevision`): each domain that keeps
 * history has one, listed by entity type in the assembly. It applies the snapshot to the record
 * (creating it again if it was deleted), records a RESTORE revision, and returns the record.
 */
export type Restorer = (
  em: EntityManager,
  viewer: Viewer,
  entityId: number,
  state: Record<string, unknown>,
) => Promise<object>;

/**
 * How a domain whose records can be deleted brings one back to the state before its creation (an
 * undone creation): it removes the record, with a RESTORE revision whose `before` keeps it.
 */
export type Remover = (em: EntityManager, viewer: Viewer, entityId: number) => Promise<void>;

/** How records of one kind come back: restored to a recorded state, and (where they can be) removed. */
export interface RestoreKind {
  restore: Restorer;
  remove?: Remover;
}

/**
 * The kinds of record that can be restored, by entity type. The assembly lists them
 * (assembly/restorers.ts) and hands them to every request (`services.restorers`).
 */
export type Restorers = ReadonlyMap<string, RestoreKind>;

/** The recorded state as `schema` reads it; BAD_USER_INPUT on `id` with `message` when it does not fit. */
export function parseRecorded<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  state: Record<string, unknown>,
  message: string,
): T {
  const parsed = schema.safeParse(state);
  if (!parsed.success) throw badUserInput([{ path: 'id', message }]);
  return parsed.data;
}

/** One kind of record as a restorer reads and records it. */
export interface RestoredRecord<T> {
  entityType: string;
  entityId: number;
  /** The record as it stands now, or null if it was deleted. */
  load: () => Promise<T | null>;
  /** Its state as a revision keeps it. */
  stateOf: (record: T) => Record<string, unknown>;
}

/**
 * The frame of every restorer: reads the record as it stands, lets `write` bring it (or, deleted, a
 * new one under its old ID) to the recorded state, flushes, and records the RESTORE revision.
 */
export async function restoreRecord<T>(
  em: EntityManager,
  viewer: Viewer,
  { entityType, entityId, load, stateOf }: RestoredRecord<T>,
  write: (existing: T | null) => T | Promise<T>,
): Promise<T> {
  const existing = await load();
  const before = existing ? stateOf(existing) : null;
  const record = await write(existing);
  await em.flush();
  recordRevision(em, viewer, { entityType, entityId, action: RevisionAction.RESTORE, before, after: stateOf(record) });
  return record;
}

/**
 * The frame of every remover (an undone creation): the record as it stands, gone with a RESTORE
 * revision that keeps it (restorable in turn); BAD_USER_INPUT with `gone` when it is already gone.
 */
export async function removeRecord<T extends object>(
  em: EntityManager,
  viewer: Viewer,
  { entityType, entityId, load, stateOf }: RestoredRecord<T>,
  gone: string,
): Promise<void> {
  const existing = await load();
  if (!existing) throw badUserInput([{ path: 'id', message: gone }]);
  recordRevision(em, viewer, {
    entityType,
    entityId,
    action: RevisionAction.RESTORE,
    before: stateOf(existing),
    after: null,
  });
  em.remove(existing);
  await em.flush();
}
