import { practiceStatuses } from '@atlas/shared';
import { useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useMutation, type CombinedError } from 'urql';
import { Link } from 'wouter';
import { useAuth } from '../../auth/AuthProvider';
import { useVocabulary } from '../../components/Vocabulary';
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
import { t } from '../../i18n/message';

type Outcome = { done: string } | { failed: string };

/** Why a step was refused, in the API's words (FORBIDDEN, a status that no longer allows it, offline). */
function failureOf(intl: IntlShape, error: CombinedError): string {
  const problems = problemsOf(error);
  const said = [problems.message, ...Object.values(problems.fields)].filter(Boolean).join(' ');
  return intl.formatMessage(
    { id: 'practice.workflow.failed' },
    { reasons: said || intl.formatMessage({ id: 'practice.workflow.refused' }) },
  );
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
  const intl = useIntl();
  const { descriptionOf } = useVocabulary();
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
      setOutcome({ failed: failureOf(intl, result.error) });
    } else {
      setOutcome({ done });
      setOpen(null);
    }
  };
  const id = practice.id;
  const confirmation = outcome && 'done' in outcome ? outcome.done : saved;

  return (
    <section className="workflow-panel" data-editing aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('practice.workflow.heading')}</h2>
      <p>
        <StatusBadge status={practice.status} />{' '}
        <span className="meta">
          {t('practice.workflow.version', {
            version: practice.version,
            status: descriptionOf(practiceStatuses, practice.status),
          })}
        </span>
      </p>
      {practice.status === 'REJECTED' && practice.rejectionReason && (
        <div className="workflow-rejection">
          <h3>{t('practice.workflow.whySentBack')}</h3>
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
              {t('practice.workflow.edit')}
            </Link>
          )}
          {actions.has('submit') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => step(() => submit({ id }), intl.formatMessage({ id: 'practice.workflow.submitted' }))}
            >
              <FormattedMessage
                id={submitting.fetching ? 'practice.workflow.submitting' : 'practice.workflow.submit'}
              />
            </button>
          )}
          {actions.has('publish') && (
            <button
              type="button"
              disabled={busy}
              onClick={() => step(() => publish({ id }), intl.formatMessage({ id: 'practice.workflow.published' }))}
            >
              <FormattedMessage
                id={publishing.fetching ? 'practice.workflow.publishing' : 'practice.workflow.publish'}
              />
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
              {t('practice.workflow.reject')}
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
              {t('practice.workflow.archive')}
            </button>
          )}
        </div>
      )}
      {open === 'reject' && (
        <RejectForm
          practiceId={id}
          wording={{
            form: intl.formatMessage({ id: 'practice.reject.form' }),
            reason: intl.formatMessage({ id: 'practice.reject.reason' }),
            hint: intl.formatMessage({ id: 'practice.reject.hint' }),
            submit: intl.formatMessage({ id: 'practice.reject.submit' }),
            blank: intl.formatMessage({ id: 'practice.reject.blank' }),
          }}
          onRejected={() => {
            setOutcome({ done: intl.formatMessage({ id: 'practice.workflow.rejected' }) });
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'archive' && (
        <ArchiveConfirmation
          busy={archiving.fetching}
          onConfirm={() => step(() => archive({ id }), intl.formatMessage({ id: 'practice.workflow.archived' }))}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
