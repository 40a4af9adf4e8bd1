import { themes } from '@atlas/shared';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { SourceItems } from '../../components/SourceLinks';
import { VocabularyTags } from '../../components/Vocabulary';
import { useCountryName } from '../../components/country-name';
import { problemsOf } from '../../editing/mutation-problems';
import { RejectForm } from '../../workflow/RejectForm';
import { PublishPracticeMutation } from '../../workflow/queries';
import type { QueuedPractice } from './queries';
import { ChangesSincePublished } from './ChangesSincePublished';
import { Submission } from './Submission';
import { t } from '../../i18n/message';

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
  const intl = useIntl();
  const countryName = useCountryName();
  const [published, publish] = useMutation(PublishPracticeMutation);
  const publishProblem = published.error ? problemsOf(published.error) : null;
  const headingId = `review-${practice.id}`;

  const publishIt = async () => {
    const result = await publish({ id: practice.id });
    if (!result.error) onDone(intl.formatMessage({ id: 'review.item.published' }, { title: practice.title }));
  };

  return (
    <li className="card review-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>
      </h3>
      <p className="meta review-meta">
        <Link href={`/countries/${practice.country.code}`}>{countryName(practice.country)}</Link> · {practice.year}
      </p>
      <Submission practice={practice} />
      <p>{practice.summary}</p>
      <ChangesSincePublished practice={practice} />
      <VocabularyTags
        vocabulary={themes}
        values={practice.themes}
        label={intl.formatMessage({ id: 'review.item.themes' })}
      />
      {practice.sources.length > 0 && (
        <div className="review-sources">
          <span>{t('review.item.sources')}</span>
          <ul>
            <SourceItems sources={practice.sources} />
          </ul>
        </div>
      )}
      {publishProblem && (
        <p className="field-error" role="alert">
          {t('review.item.notPublished', {
            reasons: [publishProblem.message, ...Object.values(publishProblem.fields)].filter(Boolean).join(' '),
          })}
        </p>
      )}
      {rejecting ? (
        <RejectForm
          practiceId={practice.id}
          wording={{
            form: intl.formatMessage({ id: 'review.reject.form' }, { title: practice.title }),
            reason: intl.formatMessage({ id: 'review.reject.reason' }),
            hint: intl.formatMessage({ id: 'review.reject.hint' }),
            submit: intl.formatMessage({ id: 'review.reject.submit' }),
          }}
          onCancel={() => onReject(false)}
          onRejected={() => onDone(intl.formatMessage({ id: 'review.item.rejected' }, { title: practice.title }))}
        />
      ) : (
        <div className="review-actions">
          <button type="button" onClick={() => void publishIt()} disabled={published.fetching}>
            <FormattedMessage id={published.fetching ? 'review.item.publishing' : 'review.item.publish'} />
          </button>
          <button type="button" className="secondary" onClick={() => onReject(true)} disabled={published.fetching}>
            {t('review.item.reject')}
          </button>
        </div>
      )}
    </li>
  );
}
