import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { RecentlyRejected } from './RecentlyRejected';
import { ReviewQueue } from './ReviewQueue';
import '../../history/history.css';
import './review.css';

/** The editors' queue: practices submitted for review, to publish or send back with a reason. */
export default function ReviewQueuePage() {
  return (
    <section className="review-page">
      <title>Review queue · Reintegration Atlas</title>
      <h1>Review queue</h1>
      <RequireRole roles={EDITORS} what="review submitted practices">
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
