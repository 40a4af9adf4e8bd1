import { useIntl } from 'react-intl';
import { addedAndRemoved } from '../../history/revision-diff';
import { fieldName, truncate } from '../../history/snapshot-value';
import { valueName } from '../../history/vocabulary-labels';
import type { QueuedPractice } from './queries';
import { t } from '../../i18n/message';

type Change = NonNullable<QueuedPractice['changesSincePublished']>[number];

/** Fields that hold several values: a reviewer reads what was added and removed, not two lists. */
const LISTS = new Set(['themes', 'dimensions', 'levels', 'stakeholders', 'targetGroups', 'partners', 'sources']);

/**
 * What a reviewer checks before publishing: a new practice as new, a practice published before as
 * the fields changed since, in words (vocabulary titles, names of countries and programmes, titles
 * of sources; the API gives them).
 */
export function ChangesSincePublished({ practice }: { practice: QueuedPractice }) {
  const intl = useIntl();
  const changes = practice.changesSincePublished;
  if (changes === null) {
    return (
      <p className="review-changes-kind">
        {t('review.changes.new', { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
    );
  }
  if (changes.length === 0) {
    return <p className="review-changes-kind">{t('review.changes.none')}</p>;
  }
  const headingId = `review-changes-${practice.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="review-changes-kind">
        {t('review.changes.heading')}
      </h4>
      <dl className="history-changes">
        {changes.map((change) => (
          <div key={change.field}>
            <dt>{fieldName(intl, change.field)}</dt>
            <dd>
              <ChangeInWords change={change} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ChangeInWords({ change }: { change: Change }) {
  const intl = useIntl();
  const words = (values: readonly string[]) => values.map((value) => valueName(intl, change.field, value));
  if (LISTS.has(change.field)) {
    const { added, removed } = addedAndRemoved(words(change.before), words(change.after));
    if (added.length === 0 && removed.length === 0) return t('review.changes.reordered');
    return (
      <>
        {added.length > 0 &&
          t('review.changes.added', { values: added.join(', '), ins: (chunks) => <ins>{chunks}</ins> })}
        {added.length > 0 && removed.length > 0 && '; '}
        {removed.length > 0 &&
          t('review.changes.removed', { values: removed.join(', '), del: (chunks) => <del>{chunks}</del> })}
      </>
    );
  }
  const text = (values: readonly string[]) => (values.length === 0 ? '—' : truncate(words(values).join(', '), 240));
  return (
    <>
      <del>{text(change.before)}</del>
      <span aria-label={intl.formatMessage({ id: 'review.changes.changedTo' })}> → </span>
      <ins>{text(change.after)}</ins>
    </>
  );
}
