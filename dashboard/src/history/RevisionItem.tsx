import { useState } from 'react';
import { formatWhen } from './format-when';
import type { RevisionEntry } from './queries';
import { ACTION_LABELS, restoreOffer, type RestoreOffer } from './revision-actions';
import { RevisionChanges } from './RevisionChanges';
import { recordedStatus } from './vocabulary-labels';

/** One change in the history: what, when, who, its changes on demand, and a restore (confirmed first). */
export function RevisionItem({
  revision,
  newest,
  restoring,
  onRestore,
}: {
  revision: RevisionEntry;
  newest: boolean;
  /** Whether a restore is under way (of this revision or another). */
  restoring: boolean;
  onRestore(revision: RevisionEntry): void;
}) {
  const [showChanges, setShowChanges] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const offer = restoreOffer(revision, newest);
  const changesId = `history-changes-${revision.id}`;
  return (
    <li className="history-revision">
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
          <button type="button" onClick={() => setConfirming(true)} disabled={restoring}>
            {offer.kind === 'deleted' ? 'Restore the deleted record' : 'Restore this version'}
          </button>
        )}
      </div>
      {showChanges && <RevisionChanges before={revision.before} after={revision.after} id={changesId} />}
      {offer && confirming && (
        <div className="history-confirm" role="group" aria-label="Confirm the restore">
          <p>{confirmQuestion(offer, revision.version)}</p>
          <button
            type="button"
            disabled={restoring}
            onClick={() => {
              setConfirming(false);
              onRestore(revision);
            }}
          >
            Yes, restore
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}

function confirmQuestion(offer: RestoreOffer, version: number | null): string {
  const after = 'It becomes a new change: nothing in the history is lost.';
  if (offer.kind === 'deleted') return `Bring the record back as it was before it was deleted? ${after}`;
  const status = recordedStatus(offer.state);
  const which = version === null ? 'the state right after this change' : `version ${version}`;
  return `Bring the record back to ${which}${status ? ` (status: ${status})` : ''}? ${after}`;
}
