import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { FormProblems, TextField } from '../editing/fields';
import { fieldId, problemsOf, type MutationProblems } from '../editing/mutation-problems';
import { ProblemSummary } from '../editing/ProblemSummary';
import { RejectPracticeMutation } from './queries';
import './reject-form.css';
import { ActionOrCancel } from '../editing/SaveActions';

/** What the form says where it stands: the practice page speaks to its editor, the review queue names the practice. */
export interface RejectWording {
  /** The form's accessible name. */
  form: string;
  reason: string;
  hint: string;
  submit: string;
  /** Said beside an empty reason before anything is sent; without it, the API's own answer is shown. */
  blank?: string;
}

/** An editor sends a practice in review back to its author, with the reason they will read. */
export function RejectForm({
  practiceId,
  wording,
  onRejected,
  onCancel,
}: {
  practiceId: string;
  wording: RejectWording;
  onRejected(): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [unsent, setUnsent] = useState<MutationProblems | null>(null);
  const [state, reject] = useMutation(RejectPracticeMutation);
  // ProblemSummary takes the focus whenever its problems change: a new object on every keystroke would steal it.
  const problems = useMemo(() => unsent ?? problemsOf(state.error), [unsent, state.error]);
  // Opened by a Reject button: the reason is what to write next.
  useEffect(() => document.getElementById(fieldId('reason'))?.focus(), []);

  const send = async () => {
    if (wording.blank && reason.trim() === '') {
      setUnsent({ fields: { reason: wording.blank }, conflict: null, message: null });
      return;
    }
    setUnsent(null);
    const result = await reject({ id: practiceId, reason });
    if (result.data) onRejected();
  };

  return (
    <form
      className="reject-form"
      aria-label={wording.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <ProblemSummary
        problems={problems}
        labels={{
          reason: intl.formatMessage({ id: 'workflow.reject.reasonLabel' }),
          id: intl.formatMessage({ id: 'workflow.reject.practiceLabel' }),
        }}
      />
      <FormProblems problems={problems}>
        <TextField
          path="reason"
          label={wording.reason}
          hint={wording.hint}
          multiline
          required
          value={reason}
          onChange={setReason}
        />
      </FormProblems>
      <ActionOrCancel
        label={wording.submit}
        busyLabel={intl.formatMessage({ id: 'workflow.reject.rejecting' })}
        busy={state.fetching}
        onCancel={onCancel}
      />
    </form>
  );
}
