import { useIntl } from 'react-intl';
import { formatDateRange } from '../format';
import { t } from '../i18n/message';
import { SNAPSHOT } from './snapshot-meta';
import './snapshot-note.css';

/**
 * On every page of a snapshot: that it is one, the date of its data, and where the live Atlas is
 * when the snapshot was given its address. Nothing when the dashboard runs against the Atlas.
 */
export function SnapshotNote() {
  const { locale } = useIntl();
  if (!SNAPSHOT) return null;
  const takenAt = formatDateRange(locale, SNAPSHOT.takenAt.slice(0, 10));
  const { site } = SNAPSHOT;
  return (
    <p className="snapshot-note" data-snapshot-date={SNAPSHOT.takenAt.slice(0, 10)}>
      {t('snapshot.note', { takenAt })}{' '}
      {site &&
        t('snapshot.live', {
          address: site.replace(/^https?:\/\//, ''),
          site: (chunks) => <a href={site}>{chunks}</a>,
        })}
    </p>
  );
}
