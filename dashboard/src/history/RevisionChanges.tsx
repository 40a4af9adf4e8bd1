import { useIntl } from 'react-intl';
import { fieldChanges } from './revision-diff';
import { describeValue, fieldName } from './snapshot-value';
import { valueName } from './vocabulary-labels';
import { t } from '../i18n/message';

/** The fields one revision changed, each as old → new. */
export function RevisionChanges({ before, after, id }: { before: unknown; after: unknown; id: string }) {
  const intl = useIntl();
  const changes = fieldChanges(before, after);
  if (changes.length === 0) {
    return (
      <p className="history-no-changes" id={id}>
        {t('history.noFieldChanged')}
      </p>
    );
  }
  const none = intl.formatMessage({ id: 'history.none' });
  return (
    <dl className="history-changes" id={id}>
      {changes.map((change) => {
        const describe = (value: unknown) =>
          describeValue(value, 80, (text) => valueName(intl, change.field, text), none);
        return (
          <div key={change.field}>
            <dt>{fieldName(intl, change.field)}</dt>
            <dd>
              <del>{describe(change.before)}</del>
              <span aria-label={intl.formatMessage({ id: 'history.changedTo' })}> → </span>
              <ins>{describe(change.after)}</ins>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
