import { FormattedMessage, useIntl } from 'react-intl';
import { t } from '../i18n/message';

/** The question before a figure (a statistic, an outcome) is deleted; `which` names it for screen readers. */
export function ConfirmDeleteFigure({
  which,
  deleting,
  onDelete,
  onKeep,
}: {
  which: string;
  deleting: boolean;
  onDelete(): void;
  onKeep(): void;
}) {
  const intl = useIntl();
  return (
    <div className="ef-confirm" role="group" aria-label={intl.formatMessage({ id: 'figures.delete.label' }, { which })}>
      <p>{t('figures.delete.question')}</p>
      <button type="button" onClick={onDelete} disabled={deleting}>
        <FormattedMessage id={deleting ? 'figures.delete.deleting' : 'figures.delete.yes'} />
      </button>{' '}
      <button type="button" className="secondary" onClick={onKeep} disabled={deleting}>
        {t('figures.delete.keep')}
      </button>
    </div>
  );
}
