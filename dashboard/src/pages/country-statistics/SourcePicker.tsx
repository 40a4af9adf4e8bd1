import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextField } from '../../editing/fields';
import type { SourceChoice } from '../../editing/source-choice';
import { SourceSearch } from '../../editing/SourceSearch';
import type { MessageId } from '../../i18n/message-ids';
import { NEW_SOURCE, type SourceDraft } from './statistic-draft';

/**
 * Where a figure comes from (`{path}.source`): a source of the Atlas — those this country's figures
 * cite, or any found by searching — or a new one, created with the figure.
 */
export function SourcePicker({
  path,
  value,
  onChange,
  suggestions,
}: {
  path: string;
  value: SourceDraft;
  onChange(source: SourceDraft): void;
  /** Sources offered before any search: those the country's figures already cite. */
  suggestions: readonly SourceChoice[];
}) {
  const intl = useIntl();
  const t = (id: MessageId) => intl.formatMessage({ id });
  const name = useId();
  const choose = (kind: SourceDraft['kind']) => {
    if (kind !== value.kind) onChange(kind === 'new' ? NEW_SOURCE : { kind: 'existing', source: null });
  };
  return (
    <fieldset className="ef-statistic-source">
      <legend>
        <FormattedMessage id="countryStatistics.field.source" />
      </legend>
      <div className="ef-source-kind">
        <label>
          <input type="radio" name={name} checked={value.kind === 'existing'} onChange={() => choose('existing')} />{' '}
          <FormattedMessage id="countryStatistics.source.existing" />
        </label>
        <label>
          <input type="radio" name={name} checked={value.kind === 'new'} onChange={() => choose('new')} />{' '}
          <FormattedMessage id="countryStatistics.source.new" />
        </label>
      </div>
      {value.kind === 'existing' ? (
        <SourceSearch
          path={`${path}.source`}
          value={value.source}
          onChange={(source) => onChange({ kind: 'existing', source })}
          suggestions={suggestions}
        />
      ) : (
        <>
          <TextField
            path={`${path}.source.title`}
            label={t('countryStatistics.source.title')}
            required
            value={value.title}
            onChange={(title) => onChange({ ...value, title })}
          />
          <TextField
            path={`${path}.source.url`}
            label={t('countryStatistics.source.url')}
            type="url"
            required
            value={value.url}
            onChange={(url) => onChange({ ...value, url })}
          />
          <TextField
            path={`${path}.source.publisher`}
            label={t('countryStatistics.source.publisher')}
            hint={t('countryStatistics.source.publisher.hint')}
            value={value.publisher}
            onChange={(publisher) => onChange({ ...value, publisher })}
          />
          <TextField
            path={`${path}.source.publishedOn`}
            label={t('countryStatistics.source.publishedOn')}
            hint={t('countryStatistics.source.publishedOn.hint')}
            value={value.publishedOn}
            onChange={(publishedOn) => onChange({ ...value, publishedOn })}
          />
        </>
      )}
    </fieldset>
  );
}
