import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Asks before a step that withdraws something (archiving a practice, removing a translation): the
 * question takes the focus, then the step's button and the one that keeps things as they are.
 * `children`: what stopped the step, if it was refused.
 */
export function ConfirmQuestion({
  question,
  confirm,
  keep,
  busy,
  onConfirm,
  onCancel,
  children,
}: {
  question: ReactNode;
  /** The step's button: its label, and what it says while the step runs. */
  confirm: { label: ReactNode; busyLabel: ReactNode };
  keep: ReactNode;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
  children?: ReactNode;
}) {
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm-question" role="group" aria-labelledby={questionId}>
      <p id={questionId} tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      {children}
      <div className="form-actions">
        <button type="button" onClick={onConfirm} disabled={busy}>
          {busy ? confirm.busyLabel : confirm.label}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {keep}
        </button>
      </div>
    </div>
  );
}
