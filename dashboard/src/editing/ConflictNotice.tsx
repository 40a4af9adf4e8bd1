import { FormattedMessage, useIntl } from 'react-intl';
import { t } from '../i18n/message';
import type { MessageId } from '../i18n/message-ids';

/**
 * Someone saved the record while it was being edited here. The form keeps what was typed; loading
 * the latest version shows what they changed, and the next save applies these edits on top of it.
 */
export function ConflictNotice({
  what,
  currentVersion,
  theirChanges,
  onLoadLatest,
  loading,
}: {
  /** The message that names the record, as it reads after "this" ("practice", "country entry"). */
  what: MessageId;
  currentVersion: number;
  /** Labels of the fields the other save changed, once the latest version is loaded. */
  theirChanges: readonly string[] | null;
  onLoadLatest(): void;
  loading?: boolean;
}) {
  const intl = useIntl();
  const version = currentVersion;
  return (
    <div className="conflict-notice" role="alert">
      <h2>{t('editing.conflict.heading', { what: intl.formatMessage({ id: what }) })}</h2>
      <p>{t('editing.conflict.explanation', { version })}</p>
      {theirChanges === null ? (
        <button type="button" onClick={onLoadLatest} disabled={loading}>
          <FormattedMessage id={loading ? 'editing.conflict.loading' : 'editing.conflict.loadLatest'} />
        </button>
      ) : (
        <p>
          {theirChanges.length > 0
            ? t('editing.conflict.theyChanged', { fields: intl.formatList(theirChanges, { type: 'unit' }), version })
            : t('editing.conflict.nothingHere', { version })}
        </p>
      )}
    </div>
  );
}
