import { ConfirmQuestion } from '../../editing/ConfirmQuestion';
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
  return (
    <ConfirmQuestion
      question={t('practice.archive.question')}
      confirm={{ label: t('practice.archive.confirm'), busyLabel: t('practice.archive.archiving') }}
      keep={t('practice.archive.keep')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
