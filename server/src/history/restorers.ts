import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';

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
