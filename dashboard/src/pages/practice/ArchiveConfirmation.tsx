import { useEffect, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { t } from '../../i18n/message';

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
        {t('practice.archive.question')}
      </p>
      <div className="form-actions">
        <button type="button" onClick={onConfirm} disabled={busy}>
          <FormattedMessage id={busy ? 'practice.archive.archiving' : 'practice.archive.confirm'} />
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('practice.archive.keep')}
        </button>
      </div>
    </div>
  );
}
