import { useEffect, useRef } from 'react';

/** Asks before archiving: it withdraws the practice from view for everybody. */
export function ArchiveConfirmation({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div className="workflow-confirm" role="group" aria-labelledby="archive-question">
      <p id="archive-question" tabIndex={-1} ref={question}>
        Archive this practice? It is withdrawn from view for everybody; an editor can restore it from its history.
      </p>
      <div className="form-actions">
        <button type="button" onClick={onConfirm} disabled={busy}>
          {busy ? 'Archiving…' : 'Archive it'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}
