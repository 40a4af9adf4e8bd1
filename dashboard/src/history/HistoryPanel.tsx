import { useId, useState, type ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Empty, ErrorState, Loading } from '../components/QueryState';
import { problemsOf } from '../editing/mutation-problems';
import { useProblemText } from '../editing/problem-text';
import { EDITORS, useHasRole } from '../editing/RequireRole';
import { RestoreRevisionMutation, RevisionsQuery, type RevisionEntry } from './queries';
import { RevisionItem } from './RevisionItem';
import './history.css';
import { t } from '../i18n/message';

/**
 * The history of a record, for editors and admins: every change with who made it and what it
 * changed, and a restore of an earlier state. Renders nothing for anyone else.
 */
export function HistoryPanel({
  entityId,
  onRestored,
  heading,
}: {
  entityId: string;
  onRestored?: () => void;
  /** Where "History" alone would not say whose (a translation's, on its record's page). */
  heading?: string;
}) {
  const editor = useHasRole(EDITORS);
  if (!editor) return null;
  return (
    <HistorySection heading={heading}>{() => <Revisions entityId={entityId} onRestored={onRestored} />}</HistorySection>
  );
}

/** A collapsed "History" section whose content (and its query) exists only while it is open. */
export function HistorySection({ heading, children }: { heading?: string; children: () => ReactNode }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <section className="history-panel" data-editing aria-labelledby={`${bodyId}-heading`}>
      <h2 id={`${bodyId}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {heading ?? intl.formatMessage({ id: 'history.heading' })}
        </button>
      </h2>
      {open && <div id={bodyId}>{children()}</div>}
    </section>
  );
}

function Revisions({ entityId, onRestored }: { entityId: string; onRestored?: () => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RevisionsQuery,
    variables: { entityId },
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (!data) return <Loading what="what.history" />;
  return <RevisionList revisions={data.revisions} fetching={fetching} reload={reload} onRestored={onRestored} />;
}

/**
 * Changes newest first, of one record or of several (each then titled by `titleOf`), with the
 * restores each offers. `removable`: the records can be removed, so that a creation can be undone;
 * `additionalTypenames`: the types whose cached queries a restore makes stale though its answer does
 * not name them (an undone creation answers null).
 */
export function RevisionList({
  revisions,
  fetching,
  reload,
  onRestored,
  titleOf,
  removable = false,
  additionalTypenames,
  empty,
}: {
  revisions: readonly RevisionEntry[];
  fetching: boolean;
  reload(): void;
  onRestored?: () => void;
  titleOf?: (revision: RevisionEntry) => string;
  removable?: boolean;
  additionalTypenames?: string[];
  empty?: string;
}) {
  const intl = useIntl();
  const [restore, runRestore] = useMutation(RestoreRevisionMutation);
  const [restored, setRestored] = useState<string | null>(null);

  const restoreTo = async (revision: RevisionEntry, before: boolean) => {
    setRestored(null);
    const result = await runRestore(before ? { id: revision.id, before } : { id: revision.id }, {
      additionalTypenames,
    });
    if (result.error) {
      if (problemsOf(result.error).conflict) reload();
      return;
    }
    const now = result.data?.restoreRevision;
    const what = restoredWhat(intl, revision, before);
    setRestored(
      now && 'version' in now
        ? intl.formatMessage({ id: 'history.restored.now' }, { what, version: now.version })
        : what,
    );
    reload();
    onRestored?.();
  };

  // Newest first: a record's first revision in the list is its newest, its last one its oldest.
  const newest = new Set<string>();
  const oldest = new Map<string, string>();
  for (const revision of revisions) {
    if (!oldest.has(revision.entityGlobalId)) newest.add(revision.id);
    oldest.set(revision.entityGlobalId, revision.id);
  }
  const oldestIds = new Set(oldest.values());

  return (
    <>
      <RestoreProblem error={restore.error} />
      {restored && (
        <p className="history-status" role="status">
          {restored}
        </p>
      )}
      {revisions.length === 0 ? (
        <Empty>{empty ?? t('history.empty')}</Empty>
      ) : (
        <ol className="history-list" aria-busy={fetching}>
          {revisions.map((revision) => (
            <RevisionItem
              key={revision.id}
              revision={revision}
              newest={newest.has(revision.id)}
              oldest={oldestIds.has(revision.id)}
              removable={removable}
              title={titleOf?.(revision)}
              restoring={restore.fetching}
              onRestore={(chosen, before) => void restoreTo(chosen, before)}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function restoredWhat(intl: IntlShape, revision: RevisionEntry, before: boolean): string {
  if (before) {
    return intl.formatMessage({
      id: revision.before === null ? 'history.restored.removed' : 'history.restored.before',
    });
  }
  if (revision.after === null) return intl.formatMessage({ id: 'history.restored.deleted' });
  return revision.version === null
    ? intl.formatMessage({ id: 'history.restored.after' })
    : intl.formatMessage({ id: 'history.restored.version' }, { version: revision.version });
}

function RestoreProblem({ error }: { error: CombinedError | undefined }) {
  const intl = useIntl();
  const text = useProblemText();
  if (!error) return null;
  const problems = problemsOf(error);
  const reasons = Object.keys(problems.fields).map((path) =>
    intl.formatMessage({ id: 'history.problem.reason' }, { reason: text.at(problems, path) }),
  );
  const said = problems.conflict
    ? intl.formatMessage({ id: 'history.problem.conflict' }, { version: problems.conflict.currentVersion })
    : [text.form(problems), ...reasons].filter(Boolean).join(' ');
  return (
    <p className="history-problem state-error" role="alert">
      {t('history.problem', { reasons: said })}
    </p>
  );
}
