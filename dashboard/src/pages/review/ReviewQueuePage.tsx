import { useIntl } from 'react-intl';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { PageTitle } from '../../layout/PageTitle';
import { RecentlyRejected } from './RecentlyRejected';
import { ReviewQueue } from './ReviewQueue';
import '../../history/history.css';
import './review.css';

/** The editors' queue: practices submitted for review, to publish or send back with a reason. */
export default function ReviewQueuePage() {
  const intl = useIntl();
  const heading = intl.formatMessage({ id: 'review.heading' });
  return (
    <section className="review-page">
      <PageTitle page={heading} />
      <h1>{heading}</h1>
      <RequireRole roles={EDITORS} what="review.what">
        {() => (
          <>
            <ReviewQueue />
            <RecentlyRejected />
          </>
        )}
      </RequireRole>
    </section>
  );
}
