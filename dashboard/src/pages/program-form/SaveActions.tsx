import { Link } from 'wouter';

/** The submit button (disabled while saving), a way back, and the saved confirmation. */
export function SaveActions({
  label,
  saving,
  saved,
  cancelHref,
}: {
  label: string;
  saving: boolean;
  /** The confirmation once saved; null before. */
  saved: string | null;
  cancelHref: string;
}) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : label}
      </button>
      <Link href={cancelHref}>Cancel</Link>
      {saved && (
        <p role="status" className="ef-saved">
          {saved}
        </p>
      )}
    </div>
  );
}
