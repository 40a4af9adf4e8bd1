import { Collection, Reference, wrap, type AnyEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { Revision, RevisionAction } from './revision.entity';

/** A record as plain data for the history: its own fields, relations as ids, loaded collections as id lists. */
export function snapshot(entity: AnyEntity): Record<string, unknown> {
  const state = JSON.parse(JSON.stringify(wrap(entity).toPOJO())) as Record<string, unknown>;
  // toPOJO serialises a loaded relation whole (an author's account with its password hash): keep ids only.
  for (const relation of wrap(entity, true).__meta.relations) {
    const value: unknown = (entity as Record<string, unknown>)[relation.name];
    if (value instanceof Collection) {
      if (value.isInitialized()) state[relation.name] = value.getIdentifiers();
      else delete state[relation.name];
    } else {
      state[relation.name] =
        value == null ? null : wrap(Reference.unwrapReference(value as object), true).getPrimaryKey();
    }
  }
  return state;
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
