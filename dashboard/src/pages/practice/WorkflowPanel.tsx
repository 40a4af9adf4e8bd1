import { practiceStatuses } from '@atlas/shared';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Link } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { descriptionOf } from '../../components/Vocabulary';
import { problemsOf } from '../../editing/mutation-problems';
import { WRITERS } from '../../editing/RequireRole';
import { Confirmation } from '../../editing/Confirmation';
import { useSavedNotice } from '../../editing/saved-notice';
import { ArchiveConfirmation } from './ArchiveConfirmation';
import { RejectForm } from '../../workflow/RejectForm';
import { ArchivePracticeMutation, PublishPracticeMutation, SubmitPracticeMutation } from '../../workflow/queries';
import { StatusBadge } from '../../workflow/StatusBadge';
import { workflowActions } from '../../workflow/workflow-actions';
import type { PracticeDetail } from './queries';

type Outcome = { done: string } | { failed: string };

/** Why a step was refused, in the API's words (FORBIDDEN, a status that no longer allows it, offline). */
function failureOf(error: CombinedError): string {
  const problems = problemsOf(error);
  const said = [problems.message, ...Object.values(problems.fields)].filter(Boolean).join(' ');
  return `Nothing was changed. ${said || 'The Atlas refused the change.'}`;
}

/**
 * Where a practice is in the editorial workflow, and the steps the signed-in account may take from
 * there. Shown to accounts that write practices only: readers see the published practice alone.
 */
export function WorkflowPanel({
  practice,
}: {
  practice: Pick<PracticeDetail, 'id' | 'status' | 'version' | 'rejectionReason'>;
}) {
  const { me } = useAuth();
  const saved = useSavedNotice(practice.id);
  const [open, setOpen] = useState<'reject' | 'archive' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [submitting, submit] = useMutation(SubmitPracticeMutation);
  const [publishing, publish] = useMutation(PublishPracticeMutation);
  const [archiving, archive] = useMutation(ArchivePracticeMutation);
  if (!me || !WRITERS.includes(me.role)) return null;

  const actions = workflowActions(me.role, practice.status);
  const busy = submitting.fetching || publishing.fetching || archiving.fetching;
  const step = async (run: () => Promise<{ error?: CombinedError }>, done: string) => {
    setOutcome(null);
    const result = await run();
    if (result.error) {
      setOutcome({ failed: failureOf(result.error) });
    } else {
      setOutcome({ done });
      setOpen(null);
    }
  };
  const id = practice.id;
  const confirmation = outcome && 'done' in outcome ? outcome.done : saved;

  return (
    <section className="workflow-panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Editorial workflow</h2>
      <p>
        <StatusBadge status={practice.status} />{' '}
        <span className="meta">
          version {practice.version} · {descriptionOf(practiceStatuses, practice.status)}
        </span>
      </p>
      {practice.status === 'REJECTED' && practice.rejectionReason && (
        <div className="workflow-rejection">
          <h3>Why it was sent back</h3>
          <p>{practice.rejectionReason}</p>
        </div>
      )}
      <Confirmation>{confirmation}</Confirmation>
      {outcome && 'failed' in outcome && (
        <p className="state state-error" role="alert">
          {outcome.failed}
        </p>
      )}
      {actions.size > 0 && (
        <div className="form-actions">
          {actions.has('edit') && (
            <Link className="button" href={`/practices/${encodeURIComponent(id)}/edit`}>
              Edit
            </Link>
          )}
          {actions.has('submit') && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                step(
                  () => submit({ id }),
                  'Submitted for review: an editor will publish it or send it back with a reason.',
                )
              }
            >
              {submitting.fetching ? 'Submitting…' : 'Submit for review'}
            </button>
          )}
          {actions.has('publish') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => step(() => publish({ id }), 'Published: everybody can read it now.')}
            >
              {publishing.fetching ? 'Publishing…' : 'Publish'}
            </button>
          )}
          {actions.has('reject') && (
            <button
              type="button"
              className="secondary"
              aria-expanded={open === 'reject'}
              disabled={busy}
              onClick={() => setOpen(open === 'reject' ? null : 'reject')}
            >
              Reject…
            </button>
          )}
          {actions.has('archive') && (
            <button
              type="button"
              className="secondary"
              aria-expanded={open === 'archive'}
              disabled={busy}
              onClick={() => setOpen(open === 'archive' ? null : 'archive')}
            >
              Archive…
            </button>
          )}
        </div>
      )}
      {open === 'reject' && (
        <RejectForm
          practiceId={id}
          wording={{
            form: 'Reject the practice',
            reason: 'Reason for the contributor',
            hint: 'They read it with the practice, to know what to change before submitting it again.',
            submit: 'Reject and send back',
            blank: 'give a reason for the contributor',
          }}
          onRejected={() => {
            setOutcome({ done: 'Rejected: it went back to its author with your reason.' });
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'archive' && (
        <ArchiveConfirmation
          busy={archiving.fetching}
          onConfirm={() => step(() => archive({ id }), 'Archived: it is withdrawn from view.')}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
