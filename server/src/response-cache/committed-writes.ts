import type { EntityManager, EventSubscriber, UnitOfWork } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Revision } from '../history/revision.entity';

/**
 * Records no anonymous answer shows (accounts are seen by admins and their owner only, the history by
 * editors), and the cache keeps anonymous answers only: signing in and out, or managing an account,
 * leaves it as it is. A change to content writes its revision beside the content, which is seen.
 */
const UNSEEN = new Set([Session.name, User.name, Revision.name]);

/** Whether a flush changed a record that some answer may show. */
function changedWhatReadersSee(uow: UnitOfWork): boolean {
  return (
    uow.getChangeSets().some((change) => !UNSEEN.has(change.name)) ||
    uow.getCollectionUpdates().some((collection) => !UNSEEN.has(collection.owner.constructor.name))
  );
}

/** The outermost transaction of a nested one (a savepoint is committed only with it). */
function outermost(transaction: Knex.Transaction): Knex.Transaction {
  let current = transaction;
  while (current.parentTransaction) current = current.parentTransaction;
  return current;
}

/**
 * Calls `onWrite` each time a change to what readers may see is committed through `em` (and the
 * EntityManagers forked from it): after the commit, never before (an answer read in between would be
 * kept stale), and never for a request that changed nothing readers see — a refused mutation, a
 * rolled-back transaction, a sign-in or sign-out. Every write of the API goes through a flush of the unit of
 * work, so this is the one place that sees them all, whichever resolver made them.
 */
export function watchCommittedWrites(em: EntityManager, onWrite: () => void): void {
  const pending = new WeakSet<Knex.Transaction>();
  const watcher: EventSubscriber = {
    afterFlush({ em: flushed, uow }) {
      if (!changedWhatReadersSee(uow)) return;
      const transaction = flushed.getTransactionContext<Knex.Transaction>();
      // Flushed outside a transaction of its own: the flush's implicit one has committed already.
      if (!transaction) return onWrite();
      pending.add(outermost(transaction));
    },
    afterTransactionCommit({ transaction }) {
      const committed = transaction as Knex.Transaction | undefined;
      if (committed && pending.delete(committed)) onWrite();
    },
  };
  em.getEventManager().registerSubscriber(watcher);
}
