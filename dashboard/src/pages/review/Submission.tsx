import { useIntl } from 'react-intl';
import { useCountryName } from '../../components/country-name';
import { formatDateTime } from '../../history/format-when';
import type { MessageId } from '../../i18n/message-ids';
import type { QueuedPractice } from './queries';
import { t } from '../../i18n/message';

/** The constituencies as a secretariat officer names them. */
const CONSTITUENCIES: Record<string, MessageId> = {
  GOVERNMENT: 'review.constituency.GOVERNMENT',
  EMPLOYERS: 'review.constituency.EMPLOYERS',
  WORKERS: 'review.constituency.WORKERS',
  SECRETARIAT: 'review.constituency.SECRETARIAT',
  OTHER: 'review.constituency.OTHER',
};

/**
 * Who sent the practice for review and when: "Submitted 3 Dec 2026, 10:15 by Siti Rahmawati,
 * Serikat Buruh Migran Indonesia (workers’ organisation, Indonesia)". Never an e-mail address: the
 * API gives editors the submitter's name, organisation, constituency and country only.
 */
export function Submission({ practice }: { practice: QueuedPractice }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const { submittedBy: by } = practice;
  const when = practice.submittedAt ?? practice.updatedAt;
  const constituency = by && CONSTITUENCIES[by.constituency];
  const about =
    by &&
    [constituency && intl.formatMessage({ id: constituency }), by.country && countryName(by.country)]
      .filter(Boolean)
      .join(', ');
  const time = <time dateTime={when}>{formatDateTime(intl.locale, when)}</time>;
  return (
    <p className="review-submission">
      {by ? (
        <>
          {t('review.submittedBy', { when: time, name: by.name, strong: (chunks) => <strong>{chunks}</strong> })}
          {by.organisation && `, ${by.organisation}`}
          {about && ` (${about})`}
        </>
      ) : (
        t('review.submitted', { when: time })
      )}
    </p>
  );
}
