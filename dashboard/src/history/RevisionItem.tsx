import { useState } from 'react';
import { formatWhen } from './format-when';
import type { RevisionEntry } from './queries';
import { ACTION_LABELS, restoreOffer, undoOffer, type RestoreOffer, type UndoOffer } from './revision-actions';
import { RevisionChanges } from './RevisionChanges';
import { recordedStatus } from './vocabulary-labels';

/** One change in the history: what, when, who, its changes on demand, and a restore (confirmed first). */
export function RevisionItem({
  revision,
  newest,
  oldest = false,
  removable = false,
  title,
  restoring,
  onRestore,
}: {
  revision: RevisionEntry;
  /** Whether it is its record's newest change (its state is the current one). */
  newest: boolean;
  /** Whether it is its record's oldest change: the state before it can be brought back. */
  oldest?: boolean;
  /** Whether the record's kind can be removed, so that its creation can be undone. */
  removable?: boolean;
  /** Which record it changed, where a list holds the changes of several. */
  title?: string;
  /** Whether a restore is under way (of this revision or another). */
  restoring: boolean;
  /** Restores the state right after the revision, or with `before` right before it. */
  onRestore(revision: RevisionEntry, before: boolean): void;
}) {
  const [showChanges, setShowChanges] = useState(false);
  const [confirming, setConfirming] = useState<'after' | 'before' | null>(null);
  const offer = restoreOffer(revision, newest);
  const undo = undoOffer(revision, { oldest, removable });
  const changesId = `history-changes-${revision.id}`;
  return (
    <li className="history-revision" aria-label={title}>
      {title && <p className="history-record">{title}</p>}
      <p className="history-summary">
        <strong>{ACTION_LABELS[revision.action]}</strong>{' '}
        <time dateTime={revision.createdAt}>{formatWhen(revision.createdAt)}</time> by{' '}
        {revision.user?.name ?? 'Seed / import'}
        {revision.version !== null && <span className="history-version"> · version {revision.version}</span>}
        {newest && revision.after !== null && <span className="history-current"> · current</span>}
      </p>
      {revision.note && <p className="history-note">“{revision.note}”</p>}
      <div className="history-actions">
        <button
          type="button"
          aria-expanded={showChanges}
          aria-controls={showChanges ? changesId : undefined}
          onClick={() => setShowChanges(!showChanges)}
        >
          {showChanges ? 'Hide changes' : 'Show changes'}
        </button>
        {offer && !confirming && (
          <button type="button" onClick={() => setConfirming('after')} disabled={restoring}>
            {offer.kind === 'deleted' ? 'Restore the deleted record' : 'Restore this version'}
          </button>
        )}
        {undo && !confirming && (
          <button type="button" onClick={() => setConfirming('before')} disabled={restoring}>
            Restore the state before this change
          </button>
        )}
      </div>
      {showChanges && <RevisionChanges before={revision.before} after={revision.after} id={changesId} />}
      {confirming && (
        <div className="history-confirm" role="group" aria-label="Confirm the restore">
          <p>
            {confirming === 'before' && undo ? undoQuestion(undo) : offer && confirmQuestion(offer, revision.version)}
          </p>
          <button
            type="button"
            disabled={restoring}
            onClick={() => {
              setConfirming(null);
              onRestore(revision, confirming === 'before');
            }}
          >
            Yes, restore
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}

const NOTHING_LOST = 'It becomes a new change: nothing in the history is lost.';

function confirmQuestion(offer: RestoreOffer, version: number | null): string {
  if (offer.kind === 'deleted') return `Bring the record back as it was before it was deleted? ${NOTHING_LOST}`;
  const status = recordedStatus(offer.state);
  const which = version === null ? 'the state right after this change' : `version ${version}`;
  return `Bring the record back to ${which}${status ? ` (status: ${status})` : ''}? ${NOTHING_LOST}`;
}

function undoQuestion(undo: UndoOffer): string {
  if (undo.state === null) return `Remove the record again, as it was before it was created? ${NOTHING_LOST}`;
  const version = typeof undo.state.version === 'number' ? ` (version ${undo.state.version})` : '';
  return `Bring the record back to the state before this change${version}? ${NOTHING_LOST}`;
}
