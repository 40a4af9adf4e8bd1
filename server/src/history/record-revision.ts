import { wrap, type AnyEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../accounts/viewer';
import { Revision, RevisionAction } from './revision.entity';

/** A record as plain data for the history: its own fields, relations as ids, loaded collections as id lists. */
export function snapshot(entity: AnyEntity): Record<string, unknown> {
  return JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
}

/**
 * Writes one revision in the same unit of work as the change itself (flushed with it, in its
 * transaction): every change leaves who, when, what, before and after.
 */
export function recordRevision(
  em: EntityManager,
  viewer: Viewer,
  change: {
    entityType: string;
    entityId: number;
    action: RevisionAction;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    note?: string | null;
  },
): Revision {
  return em.create(Revision, {
    ...change,
    note: change.note ?? null,
    user: viewer.userId === null ? null : em.getReference('User', viewer.userId),
  } as never);
}

export { RevisionAction };
