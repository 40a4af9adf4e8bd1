import { Link } from 'wouter';
import { Confirmation } from './Confirmation';

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
        {saving ? 'Saving…' : label}
      </button>
      <Link href={cancelHref}>Cancel</Link>
      <Confirmation>{saved}</Confirmation>
    </div>
  );
}
