import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { SourceLink } from '../../components/SourceLinks';
import { SelectField, TextField } from '../../editing/fields';
import { uniqueSources, type SourceChoice } from '../../editing/source-choice';
import { SourceSearchQuery } from './queries';
import type { MessageId } from '../../i18n/message-ids';
import { NEW_SOURCE, type SourceDraft } from './statistic-draft';

const SEARCH_DELAY_MS = 300;

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
        <ExistingSource
          path={path}
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

/** A searchable choice among the Atlas's sources: type part of a title, publisher or address, then choose. */
function ExistingSource({
  path,
  value,
  onChange,
  suggestions,
}: {
  path: string;
  value: SourceChoice | null;
  onChange(source: SourceChoice | null): void;
  suggestions: readonly SourceChoice[];
}) {
  const intl = useIntl();
  const searchId = useId();
  const [typed, setTyped] = useState('');
  const search = useSettled(typed.trim(), SEARCH_DELAY_MS);
  const searching = search.length >= 2;
  const [found] = useQuery({ query: SourceSearchQuery, variables: { search }, pause: !searching });
  const matches = searching ? (found.data?.sources ?? []) : suggestions;
  const options = uniqueSources(value ? [value] : [], matches);
  return (
    <>
      <div className="field">
        <label htmlFor={searchId}>
          <FormattedMessage id="countryStatistics.source.find" />
        </label>
        <span className="field-hint">
          <FormattedMessage id="countryStatistics.source.find.hint" />
        </span>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        {searching && !found.fetching && found.data && (
          <span className="field-hint" role="status">
            <FormattedMessage id="countryStatistics.source.found" values={{ count: matches.length }} />
          </span>
        )}
      </div>
      <SelectField
        path={`${path}.source`}
        label={intl.formatMessage({ id: 'countryStatistics.source.cited' })}
        required
        emptyLabel={intl.formatMessage({
          id: searching ? 'countryStatistics.source.chooseFound' : 'countryStatistics.source.choose',
        })}
        options={options.map((source) => ({ value: source.id, label: optionLabel(source) }))}
        value={value?.id ?? ''}
        onChange={(id) => onChange(options.find((source) => source.id === id) ?? null)}
      />
      {value && (
        <p className="meta ef-chosen-source">
          <SourceLink source={value} />
        </p>
      )}
    </>
  );
}

function optionLabel(source: SourceChoice): string {
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

/** `value` once it has stopped changing for `delay` ms: a search as typing pauses, not at every key. */
function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
