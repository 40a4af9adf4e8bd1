import { Link } from 'wouter';
import { Confirmation } from './Confirmation';
import { t } from '../i18n/message';

/**
 * The submit button (disabled while saving), a way back, and the confirmation of a form that stays
 * on its page once saved (one that goes to the record's page leaves it there: editing/saved-notice.ts).
 */
export function SaveActions({
  label,
  saving,
  saved,
  cancelHref,
}: {
  label: string;
  saving: boolean;
  /** The confirmation once saved; null before. */
  saved?: string | null;
  cancelHref: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving}>
        {saving ? t('editing.saving') : label}
      </button>
      <Link href={cancelHref}>{t('editing.cancel')}</Link>
      <Confirmation>{saved}</Confirmation>
    </div>
  );
}

/**
 * The action of a form that stays open (submit, or `onAct` where it is a part of a larger form)
 * beside Cancel; both wait while the action runs, and the action says what it is doing.
 */
export function ActionOrCancel({
  label,
  busyLabel,
  busy,
  onAct,
  onCancel,
}: {
  label: string;
  /** What it says while the action runs: "Saving…" unless given. */
  busyLabel?: string;
  busy: boolean;
  onAct?: () => void;
  onCancel(): void;
}) {
  return (
    <div className="form-actions">
      <button type={onAct ? 'button' : 'submit'} onClick={onAct} disabled={busy}>
        {busy ? (busyLabel ?? t('editing.saving')) : label}
      </button>
      <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
        {t('editing.cancel')}
      </button>
    </div>
  );
}
