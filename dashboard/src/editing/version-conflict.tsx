import { useState } from 'react';

import { ConflictNotice } from './ConflictNotice';
import type { MutationProblems } from './mutation-problems';
import { changedFields, mergeEdits, type FieldLabels } from './changed-fields';
import { t } from '../i18n/message';
import type { MessageId } from '../i18n/message-ids';

/** A record's values as a form holds them, and the version they are of. */
export interface Versioned<V> {
  values: V;
  version: number;
}

/**
 * Optimistic locking for a form: the version its edits are based on, and after a CONFLICT the
 * reload that keeps the edits (see mergeEdits) and says which fields the other save changed.
 */
export function useVersionConflict<V extends object>({
  loaded,
  labels,
  values,
  setValues,
  fetchLatest,
}: {
  loaded: Versioned<V>;
  labels: FieldLabels<V>;
  values: V;
  setValues(values: V): void;
  /** The record as it is now (fetched past every cache), or null when it could not be loaded. */
  fetchLatest(): Promise<Versioned<V> | null>;
}) {
  const [base, setBase] = useState(loaded);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const loadLatest = async () => {
    setLoading(true);
    setFailed(false);
    const latest = await fetchLatest().catch(() => null);
    setLoading(false);
    if (!latest) {
      setFailed(true);
      return;
    }
    setTheirChanges(changedFields(base.values, latest.values, labels));
    setValues(mergeEdits(base.values, values, latest.values, labels));
    setBase(latest);
  };

  return {
    expectedVersion: base.version,
    /** Call when saving: a new conflict starts again from "load the latest version". */
    saving: () => setTheirChanges(null),
    /** `what`: the message that names the record ("practice"). */
    notice: (what: MessageId, problems: MutationProblems) =>
      problems.conflict && (
        <>
          <ConflictNotice
            what={what}
            currentVersion={theirChanges === null ? problems.conflict.currentVersion : base.version}
            theirChanges={theirChanges}
            onLoadLatest={() => void loadLatest()}
            loading={loading}
          />
          {failed && (
            <p className="field-error" role="alert">
              {t('editing.conflict.loadFailed')}
            </p>
          )}
        </>
      ),
  };
}
