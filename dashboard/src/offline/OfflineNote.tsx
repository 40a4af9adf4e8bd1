import { useIntl } from 'react-intl';
import { formatDateTime } from '../format';
import { t } from '../i18n/message';
import { useConnection } from './connection';
import './offline-note.css';

/**
 * Says, on every page, that the Atlas cannot be reached and how old what the page shows is (the time
 * its saved answers were fetched). Nothing while the Atlas answers.
 */
export function OfflineNote() {
  const { offline, unreachable, savedAt } = useConnection();
  const { locale } = useIntl();
  if (savedAt)
    return (
      <p className="offline-note" role="status">
        {t('offline.savedAnswers', { fetchedAt: formatDateTime(locale, savedAt) })}
      </p>
    );
  if (!offline && !unreachable) return null;
  return (
    <p className="offline-note" role="status">
      {t('offline.noConnection')}
    </p>
  );
}
