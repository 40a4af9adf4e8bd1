import { useEffect, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { FormProblems, TextField } from '../../editing/fields';
import { fieldId, problemsOf, type MutationProblems } from '../../editing/mutation-problems';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { RejectPracticeMutation } from './queries';

/** An editor sends a practice in review back to its author, with the reason they will read. */
export function RejectForm({
  practiceId,
  onRejected,
  onCancel,
}: {
  practiceId: string;
  onRejected(): void;
  onCancel(): void;
}) {
  const [reason, setReason] = useState('');
  const [unsent, setUnsent] = useState<MutationProblems | null>(null);
  const [state, reject] = useMutation(RejectPracticeMutation);
  const problems = useMemo(() => unsent ?? problemsOf(state.error), [unsent, state.error]);
  useEffect(() => document.getElementById(fieldId('reason'))?.focus(), []);

  const send = async () => {
    if (reason.trim() === '') {
      setUnsent({ fields: { reason: 'give a reason for the contributor' }, conflict: null, message: null });
      return;
    }
    setUnsent(null);
    const result = await reject({ id: practiceId, reason });
    if (result.data) onRejected();
  };

  return (
    <form
      className="workflow-reject"
      aria-label="Reject the practice"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <ProblemSummary problems={problems} labels={{ reason: 'Reason', id: 'Practice' }} />
      <FormProblems problems={problems}>
        <TextField
          path="reason"
          label="Reason for the contributor"
          hint="They read it with the practice, to know what to change before submitting it again."
          multiline
          required
          value={reason}
          onChange={setReason}
        />
      </FormProblems>
      <div className="form-actions">
        <button type="submit" disabled={state.fetching}>
          {state.fetching ? 'Rejecting…' : 'Reject and send back'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
