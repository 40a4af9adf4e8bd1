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
  /** The record, in words ("practice", "country entry"). */
  what: string;
  currentVersion: number;
  /** Labels of the fields the other save changed, once the latest version is loaded. */
  theirChanges: readonly string[] | null;
  onLoadLatest(): void;
  loading?: boolean;
}) {
  return (
    <div className="conflict-notice" role="alert">
      <h2>Someone else saved this {what} while you were editing it</h2>
      <p>
        It is now at version {currentVersion}. Nothing of yours was saved, and nothing of theirs was overwritten; your
        edits are still in the form below.
      </p>
      {theirChanges === null ? (
        <button type="button" onClick={onLoadLatest} disabled={loading}>
          {loading ? 'Loading the latest version…' : 'Load the latest version and keep my edits'}
        </button>
      ) : (
        <p>
          {theirChanges.length > 0
            ? `They changed: ${theirChanges.join(', ')}. Check these fields, then save to apply your edits on top of version ${currentVersion}.`
            : `Their save changed none of the fields here. Save to apply your edits on top of version ${currentVersion}.`}
        </p>
      )}
    </div>
  );
}
