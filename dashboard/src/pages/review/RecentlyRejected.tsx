import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { useCountryName } from '../../components/country-name';
import { formatDateTime } from '../../history/format-when';
import { PRACTICE_LISTS } from './practice-types';
import { RecentlyRejectedQuery } from './queries';
import { t } from '../../i18n/message';

const SHOWN = 10;

/** Practices sent back lately, with the reasons given, so editors can follow them up. */
export function RecentlyRejected() {
  const intl = useIntl();
  const countryName = useCountryName();
  const [{ data, error }, reexecute] = useQuery({
    query: RecentlyRejectedQuery,
    variables: { first: SHOWN },
    context: PRACTICE_LISTS,
  });
  const rejected = data?.practices;
  return (
    <section className="review-rejected" aria-labelledby="review-rejected-heading">
      <h2 id="review-rejected-heading">{t('review.rejected.heading')}</h2>
      {error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !rejected ? (
        <Loading what="review.rejected.what" />
      ) : rejected.nodes.length === 0 ? (
        <Empty>{t('review.rejected.empty')}</Empty>
      ) : (
        <>
          <ul className="review-rejected-list">
            {rejected.nodes.map((practice) => (
              <li key={practice.id}>
                <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>{' '}
                <span className="meta">
                  ({countryName(practice.country)},{' '}
                  <time dateTime={practice.updatedAt}>{formatDateTime(intl.locale, practice.updatedAt)}</time>)
                </span>
                <p className="review-reason">
                  <span className="visually-hidden">{t('review.rejected.reason')}</span>
                  {practice.rejectionReason ?? intl.formatMessage({ id: 'review.rejected.noReason' })}
                </p>
              </li>
            ))}
          </ul>
          {rejected.totalCount > SHOWN && (
            <p className="meta">{t('review.rejected.shown', { shown: SHOWN, total: rejected.totalCount })}</p>
          )}
        </>
      )}
    </section>
  );
}
