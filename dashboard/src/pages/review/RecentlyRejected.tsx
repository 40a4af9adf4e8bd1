import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { formatWhen } from '../../history/format-when';
import { PRACTICE_LISTS } from './practice-types';
import { RecentlyRejectedQuery } from './queries';

const SHOWN = 10;

/** Practices sent back lately, with the reasons given, so editors can follow them up. */
export function RecentlyRejected() {
  const [{ data, error }, reexecute] = useQuery({
    query: RecentlyRejectedQuery,
    variables: { first: SHOWN },
    context: PRACTICE_LISTS,
  });
  const rejected = data?.practices;
  return (
    <section className="review-rejected" aria-labelledby="review-rejected-heading">
      <h2 id="review-rejected-heading">Recently rejected</h2>
      {error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !rejected ? (
        <Loading what="rejected practices" />
      ) : rejected.nodes.length === 0 ? (
        <Empty>No practice is waiting for its author to revise it.</Empty>
      ) : (
        <>
          <ul className="review-rejected-list">
            {rejected.nodes.map((practice) => (
              <li key={practice.id}>
                <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>{' '}
                <span className="meta">
                  ({practice.country.name}, <time dateTime={practice.updatedAt}>{formatWhen(practice.updatedAt)}</time>)
                </span>
                <p className="review-reason">
                  <span className="visually-hidden">Reason: </span>
                  {practice.rejectionReason ?? 'No reason recorded.'}
                </p>
              </li>
            ))}
          </ul>
          {rejected.totalCount > SHOWN && (
            <p className="meta">
              The {SHOWN} most recently changed of {rejected.totalCount}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
