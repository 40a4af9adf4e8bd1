import { useId, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Empty, ErrorState, Loading } from '../components/QueryState';
import { problemsOf } from '../editing/mutation-problems';
import { EDITORS, useHasRole } from '../editing/RequireRole';
import { RestoreRevisionMutation, RevisionsQuery, type RevisionEntry } from './queries';
import { RevisionItem } from './RevisionItem';
import './history.css';

/**
 * The history of a record, for editors and admins: every change with who made it and what it
 * changed, and a restore of an earlier state. Renders nothing for anyone else.
 */
export function HistoryPanel({ entityId, onRestored }: { entityId: string; onRestored?: () => void }) {
  const editor = useHasRole(EDITORS);
  if (!editor) return null;
  return <History entityId={entityId} onRestored={onRestored} />;
}

function History({ entityId, onRestored }: { entityId: string; onRestored?: () => void }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  return (
    <section className="history-panel" aria-labelledby={`${bodyId}-heading`}>
      <h2 id={`${bodyId}-heading`}>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          History
        </button>
      </h2>
      {open && (
        <div id={bodyId}>
          <Revisions entityId={entityId} onRestored={onRestored} />
        </div>
      )}
    </section>
  );
}

function Revisions({ entityId, onRestored }: { entityId: string; onRestored?: () => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RevisionsQuery,
    variables: { entityId },
    requestPolicy: 'network-only',
  });
  const [restore, runRestore] = useMutation(RestoreRevisionMutation);
  const [restored, setRestored] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const restoreTo = async (revision: RevisionEntry) => {
    setRestored(null);
    const result = await runRestore({ id: revision.id });
    if (result.error) {
      if (problemsOf(result.error).conflict) reload();
      return;
    }
    const now = result.data?.restoreRevision;
    const what =
      revision.after === null
        ? 'Brought the deleted record back.'
        : revision.version === null
          ? 'Restored the state after this change.'
          : `Restored version ${revision.version}.`;
    setRestored(now && 'version' in now ? `${what} The record is now at version ${now.version}.` : what);
    reload();
    onRestored?.();
  };

  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (!data) return <Loading what="history" />;
  return (
    <>
      <RestoreProblem error={restore.error} />
      {restored && (
        <p className="history-status" role="status">
          {restored}
        </p>
      )}
      {data.revisions.length === 0 ? (
        <Empty>No change has been recorded yet.</Empty>
      ) : (
        <ol className="history-list" aria-busy={fetching}>
          {data.revisions.map((revision, index) => (
            <RevisionItem
              key={revision.id}
              revision={revision}
              newest={index === 0}
              restoring={restore.fetching}
              onRestore={(chosen) => void restoreTo(chosen)}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function RestoreProblem({ error }: { error: CombinedError | undefined }) {
  if (!error) return null;
  const problems = problemsOf(error);
  const reasons = Object.values(problems.fields).map((reason) => `This revision cannot be restored: ${reason}.`);
  const text = problems.conflict
    ? `The record changed while you were looking (it is now at version ${problems.conflict.currentVersion}); the history below is up to date, try again.`
    : [problems.message, ...reasons].filter(Boolean).join(' ');
  return (
    <p className="history-problem state-error" role="alert">
      Nothing was restored. {text}
    </p>
  );
}
