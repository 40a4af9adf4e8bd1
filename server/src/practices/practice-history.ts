import type { EntityManager } from '@mikro-orm/knex';
import { PracticeStatus } from '@atlas/shared';
import DataLoader from 'dataloader';
import { Revision, RevisionAction } from '../history/revision.entity';

/** Per request (its forked EntityManager): the history of each practice asked about, oldest first. */
const histories = new WeakMap<EntityManager, DataLoader<number, Revision[]>>();

/**
 * The revisions of a practice, oldest first. A page of the review queue asks for twenty practices'
 * at once: one statement for all of them.
 */
export function practiceHistory(em: EntityManager, practiceId: number): Promise<Revision[]> {
  let loader = histories.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const revisions = await em.find(
        Revision,
        { entityType: 'Practice', entityId: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) => revisions.filter((revision) => revision.entityId === id));
    });
    histories.set(em, loader);
  }
  return loader.load(practiceId);
}

/** The revision that last submitted it for review, if any. */
export function lastSubmission(history: readonly Revision[]): Revision | null {
  return history.findLast((revision) => revision.action === RevisionAction.SUBMIT) ?? null;
}

/**
 * The state it was in when last published, as its history recorded it: the newest recorded state
 * (after a change, or before the first one, for a practice the seed published) that was PUBLISHED.
 * Null when it never was, as far as its history goes.
 */
export function lastPublishedState(history: readonly Revision[]): Record<string, unknown> | null {
  const published = (state: Record<string, unknown> | null) => state?.status === PracticeStatus.PUBLISHED;
  for (const revision of [...history].reverse()) {
    if (published(revision.after)) return revision.after;
    if (published(revision.before)) return revision.before;
  }
  return null;
}
