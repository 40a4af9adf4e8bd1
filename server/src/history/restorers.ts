import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';

/**
 * How a domain brings a record back to a recorded state (`restoreRevision`): each domain that keeps
 * history registers one, by entity type. It applies the snapshot to the record (creating it again if
 * it was deleted), records a RESTORE revision, and returns the record.
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

const restorers = new Map<string, Restorer>();
const removers = new Map<string, Remover>();

export function registerRestorer(entityType: string, restorer: Restorer, remover?: Remover): void {
  restorers.set(entityType, restorer);
  if (remover) removers.set(entityType, remover);
}

export function restorerFor(entityType: string): Restorer | undefined {
  return restorers.get(entityType);
}

export function removerFor(entityType: string): Remover | undefined {
  return removers.get(entityType);
}
