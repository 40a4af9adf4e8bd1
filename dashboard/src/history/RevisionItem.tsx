import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { formatDateTime } from './format-when';
import type { RevisionEntry } from './queries';
import { restoreOffer, undoOffer, type RestoreOffer, type UndoOffer } from './revision-actions';
import { RevisionChanges } from './RevisionChanges';
import { recordedStatus } from './vocabulary-labels';
import { t } from '../i18n/message';

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
  const intl = useIntl();
  const [showChanges, setShowChanges] = useState(false);
  const [confirming, setConfirming] = useState<'after' | 'before' | null>(null);
  const offer = restoreOffer(revision, newest);
  const undo = undoOffer(revision, { oldest, removable });
  const changesId = `history-changes-${revision.id}`;
  return (
    <li className="history-revision" aria-label={title}>
      {title && <p className="history-record">{title}</p>}
      <p className="history-summary">
        {t('history.summary', {
          action: <strong>{intl.formatMessage({ id: `history.action.${revision.action}` })}</strong>,
          when: <time dateTime={revision.createdAt}>{formatDateTime(intl.locale, revision.createdAt)}</time>,
          who: revision.user?.name ?? intl.formatMessage({ id: 'history.seedOrImport' }),
        })}
        {revision.version !== null && (
          <span className="history-version">{t('history.version', { version: revision.version })}</span>
        )}
        {newest && revision.after !== null && <span className="history-current">{t('history.current')}</span>}
      </p>
      {revision.note && <p className="history-note">“{revision.note}”</p>}
      <div className="history-actions">
        <button
          type="button"
          aria-expanded={showChanges}
          aria-controls={showChanges ? changesId : undefined}
          onClick={() => setShowChanges(!showChanges)}
        >
          <FormattedMessage id={showChanges ? 'history.hideChanges' : 'history.showChanges'} />
        </button>
        {offer && !confirming && (
          <button type="button" onClick={() => setConfirming('after')} disabled={restoring}>
            <FormattedMessage id={offer.kind === 'deleted' ? 'history.restoreDeleted' : 'history.restoreVersion'} />
          </button>
        )}
        {undo && !confirming && (
          <button type="button" onClick={() => setConfirming('before')} disabled={restoring}>
            {t('history.restoreBefore')}
          </button>
        )}
      </div>
      {showChanges && <RevisionChanges before={revision.before} after={revision.after} id={changesId} />}
      {confirming && (
        <div className="history-confirm" role="group" aria-label={intl.formatMessage({ id: 'history.confirm.label' })}>
          <p>
            {confirming === 'before' && undo
              ? undoQuestion(intl, undo)
              : offer && confirmQuestion(intl, offer, revision.version)}
          </p>
          <button
            type="button"
            disabled={restoring}
            onClick={() => {
              setConfirming(null);
              onRestore(revision, confirming === 'before');
            }}
          >
            {t('history.confirm.yes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('editing.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}

function confirmQuestion(intl: IntlShape, offer: RestoreOffer, version: number | null): string {
  if (offer.kind === 'deleted') return intl.formatMessage({ id: 'history.confirm.deleted' });
  const recorded = recordedStatus(intl, offer.state);
  const status = recorded ? intl.formatMessage({ id: 'history.confirm.status' }, { status: recorded }) : '';
  return version === null
    ? intl.formatMessage({ id: 'history.confirm.stateAfter' }, { status })
    : intl.formatMessage({ id: 'history.confirm.version' }, { version, status });
}

function undoQuestion(intl: IntlShape, undo: UndoOffer): string {
  if (undo.state === null) return intl.formatMessage({ id: 'history.confirm.removeAgain' });
  const version =
    typeof undo.state.version === 'number'
      ? intl.formatMessage({ id: 'history.confirm.ofVersion' }, { version: undo.state.version })
      : '';
  return intl.formatMessage({ id: 'history.confirm.stateBefore' }, { version });
}
