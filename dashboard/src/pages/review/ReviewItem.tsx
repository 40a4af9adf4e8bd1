import { themes } from '@atlas/shared';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { SourceItems } from '../../components/SourceLinks';
import { VocabularyTags } from '../../components/Vocabulary';
import { problemsOf } from '../../editing/mutation-problems';
import { RejectForm } from '../../workflow/RejectForm';
import { PublishPracticeMutation } from '../../workflow/queries';
import type { QueuedPractice } from './queries';
import { ChangesSincePublished } from './ChangesSincePublished';
import { Submission } from './Submission';

/** One practice in the queue: what an editor needs to judge it, and Publish or Reject. */
export function ReviewItem({
  practice,
  rejecting,
  onReject,
  onDone,
}: {
  practice: QueuedPractice;
  /** Whether its rejection form is open. */
  rejecting: boolean;
  onReject(open: boolean): void;
  /** Called with what happened once it left the queue. */
  onDone(message: string): void;
}) {
  const [published, publish] = useMutation(PublishPracticeMutation);
  const publishProblem = published.error ? problemsOf(published.error) : null;
  const headingId = `review-${practice.id}`;

  const publishIt = async () => {
    const result = await publish({ id: practice.id });
    if (!result.error) onDone(`Published “${practice.title}”.`);
  };

  return (
    <li className="card review-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>
      </h3>
      <p className="meta review-meta">
        <Link href={`/countries/${practice.country.code}`}>{practice.country.name}</Link> · {practice.year}
      </p>
      <Submission practice={practice} />
      <p>{practice.summary}</p>
      <ChangesSincePublished practice={practice} />
      <VocabularyTags vocabulary={themes} values={practice.themes} label="Themes" />
      {practice.sources.length > 0 && (
        <div className="review-sources">
          <span>Sources:</span>
          <ul>
            <SourceItems sources={practice.sources} />
          </ul>
        </div>
      )}
      {publishProblem && (
        <p className="field-error" role="alert">
          Not published. {[publishProblem.message, ...Object.values(publishProblem.fields)].filter(Boolean).join(' ')}
        </p>
      )}
      {rejecting ? (
        <RejectForm
          practiceId={practice.id}
          wording={{
            form: `Reject “${practice.title}”`,
            reason: 'Reason for rejecting',
            hint: 'The author sees it: say what to change before submitting again.',
            submit: 'Reject',
          }}
          onCancel={() => onReject(false)}
          onRejected={() => onDone(`Rejected “${practice.title}”: it went back to its author with your reason.`)}
        />
      ) : (
        <div className="review-actions">
          <button type="button" onClick={() => void publishIt()} disabled={published.fetching}>
            {published.fetching ? 'Publishing…' : 'Publish'}
          </button>
          <button type="button" className="secondary" onClick={() => onReject(true)} disabled={published.fetching}>
            Reject…
          </button>
        </div>
      )}
    </li>
  );
}
