import { FormattedMessage } from 'react-intl';
import { ConfirmQuestion } from '../../editing/ConfirmQuestion';

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
  return (
    <ConfirmQuestion
      question={<FormattedMessage id="practice.archive.question" />}
      confirm={{
        label: <FormattedMessage id="practice.archive.confirm" />,
        busyLabel: <FormattedMessage id="practice.archive.archiving" />,
      }}
      keep={<FormattedMessage id="practice.archive.keep" />}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
