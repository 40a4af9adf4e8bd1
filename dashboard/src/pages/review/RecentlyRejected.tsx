import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { useCountryName } from '../../components/country-name';
import { formatWhen } from '../../history/format-when';
import { PRACTICE_LISTS } from './practice-types';
import { RecentlyRejectedQuery } from './queries';

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
      <h2 id="review-rejected-heading">
        <FormattedMessage id="review.rejected.heading" />
      </h2>
      {error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !rejected ? (
        <Loading what={intl.formatMessage({ id: 'review.rejected.what' })} />
      ) : rejected.nodes.length === 0 ? (
        <Empty>
          <FormattedMessage id="review.rejected.empty" />
        </Empty>
      ) : (
        <>
          <ul className="review-rejected-list">
            {rejected.nodes.map((practice) => (
              <li key={practice.id}>
                <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>{' '}
                <span className="meta">
                  ({countryName(practice.country)},{' '}
                  <time dateTime={practice.updatedAt}>{formatWhen(practice.updatedAt)}</time>)
                </span>
                <p className="review-reason">
                  <span className="visually-hidden">
                    <FormattedMessage id="review.rejected.reason" />
                  </span>
                  {practice.rejectionReason ?? intl.formatMessage({ id: 'review.rejected.noReason' })}
                </p>
              </li>
            ))}
          </ul>
          {rejected.totalCount > SHOWN && (
            <p className="meta">
              <FormattedMessage id="review.rejected.shown" values={{ shown: SHOWN, total: rejected.totalCount }} />
            </p>
          )}
        </>
      )}
    </section>
  );
}
