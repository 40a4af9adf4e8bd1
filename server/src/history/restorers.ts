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

const restorers = new Map<string, Restorer>();

export function registerRestorer(entityType: string, restorer: Restorer): void {
  restorers.set(entityType, restorer);
}

export function restorerFor(entityType: string): Restorer | undefined {
  return restorers.get(entityType);
}
