import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from '../access/viewer';
import { notFound } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { recordRevision, RevisionAction, snapshot } from '../history/record-revision';
import { Outcome } from './outcome.entity';
import { inTransaction } from '../db/in-transaction';

/** Deletes a figure; its DELETE revision keeps it, so `restoreRevision` can bring it back. */
export async function deleteOutcome(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
  const outcomeId = idOf(id, 'Outcome', 'id');
  return inTransaction(em, async (tx) => {
    const outcome = await tx.findOne(Outcome, { id: outcomeId });
    if (!outcome) throw notFound('outcome');
    recordRevision(tx, viewer, {
      entityType: 'Outcome',
      entityId: outcome.id,
      action: RevisionAction.DELETE,
      before: snapshot(outcome),
      after: null,
    });
    tx.remove(outcome);
    return true;
  });
}
