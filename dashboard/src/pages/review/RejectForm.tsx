import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { FormProblems, TextField } from '../../editing/fields';
import { problemsOf } from '../../editing/mutation-problems';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { RejectPracticeMutation, type QueuedPractice } from './queries';

/** Sends a practice back to its author; the reason is required, and the server says when it is missing. */
export function RejectForm({
  practice,
  onCancel,
  onRejected,
}: {
  practice: Pick<QueuedPractice, 'id' | 'title'>;
  onCancel(): void;
  onRejected(): void;
}) {
  const [reason, setReason] = useState('');
  const [state, reject] = useMutation(RejectPracticeMutation);
  // ProblemSummary takes the focus whenever its problems change: a new object on every keystroke would steal it.
  const problems = useMemo(() => problemsOf(state.error), [state.error]);
  const form = useRef<HTMLFormElement>(null);
  // Opened by the Reject button: the reason is what to write next.
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);

  const submit = async () => {
    const result = await reject({ id: practice.id, reason });
    if (!result.error) onRejected();
  };

  return (
    <form
      ref={form}
      className="review-reject"
      noValidate
      aria-label={`Reject “${practice.title}”`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormProblems problems={problems}>
        <ProblemSummary problems={problems} labels={{ reason: 'Reason' }} />
        <TextField
          path="reason"
          label="Reason for rejecting"
          hint="The author sees it: say what to change before submitting again."
          multiline
          required
          value={reason}
          onChange={setReason}
        />
      </FormProblems>
      <div className="review-actions">
        <button type="submit" disabled={state.fetching}>
          {state.fetching ? 'Rejecting…' : 'Reject'}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={state.fetching}>
          Cancel
        </button>
      </div>
    </form>
  );
}
