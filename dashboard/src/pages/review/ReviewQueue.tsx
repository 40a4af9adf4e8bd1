import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/QueryState';
import { Confirmation } from '../../editing/Confirmation';
import { PRACTICE_LISTS } from './practice-types';
import { QUEUE_PAGE_SIZE, ReviewQueueQuery } from './queries';
import { ReviewItem } from './ReviewItem';
import { t } from '../../i18n/message';

/** The practices waiting for an editor, a page at a time, each with Publish and Reject. */
export function ReviewQueue() {
  const intl = useIntl();
  // Cursors of the pages before this one; the last is where this page starts.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ReviewQueueQuery,
    variables: { after, first: QUEUE_PAGE_SIZE },
    context: PRACTICE_LISTS,
  });
  const [status, setStatus] = useState<string | null>(null);
  // Only one rejection form at a time: its reason field has the fixed id of the `reason` path.
  const [rejecting, setRejecting] = useState<string | null>(null);

  const done = (message: string) => {
    setStatus(message);
    setRejecting(null);
    // The last item of a later page gone: go back to the first page rather than show an empty one.
    if (data?.practices.nodes.length === 1 && cursors.length > 0) setCursors([]);
    else reexecute({ requestPolicy: 'network-only' });
  };

  const page = data?.practices;
  const next = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  return (
    <section className="review-queue" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">{t('review.queue.heading')}</h2>
      <Confirmation>{status}</Confirmation>
      {error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !page ? (
        <Loading what="review.queue.what" />
      ) : page.nodes.length === 0 ? (
        <Empty>{t('review.queue.empty')}</Empty>
      ) : (
        <>
          <p className="meta">{t('review.queue.count', { count: page.totalCount })}</p>
          <ol className="review-list" aria-busy={fetching}>
            {page.nodes.map((practice) => (
              <ReviewItem
                key={practice.id}
                practice={practice}
                rejecting={rejecting === practice.id}
                onReject={(open) => setRejecting(open ? practice.id : null)}
                onDone={done}
              />
            ))}
          </ol>
          {(cursors.length > 0 || next) && (
            <nav className="review-pages" aria-label={intl.formatMessage({ id: 'review.queue.pages' })}>
              {cursors.length > 0 && (
                <button type="button" className="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                  {t('review.queue.previous')}
                </button>
              )}
              {next && (
                <button type="button" className="secondary" onClick={() => setCursors([...cursors, next])}>
                  {t('review.queue.next')}
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
