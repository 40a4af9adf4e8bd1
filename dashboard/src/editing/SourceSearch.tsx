import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { SourceLink } from '../components/SourceLinks';
import { SelectField } from './fields';
import { useSettled } from './settled';
import { uniqueSources, type SourceChoice } from './source-choice';
import { SourceSearchQuery } from './source-queries';

/**
 * A searchable choice among the Atlas's sources (its select named by `path`, where the API names a
 * missing or unknown source): type part of a title, publisher or address, then choose; before any
 * search, `suggestions` are offered (the sources of the records around it).
 */
export function SourceSearch({
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
  const search = useSettled(typed.trim());
  const searching = search.length >= 2;
  const [found] = useQuery({ query: SourceSearchQuery, variables: { search }, pause: !searching });
  const matches = searching ? (found.data?.sourcesConnection.nodes ?? []) : suggestions;
  const options = uniqueSources(value ? [value] : [], matches);
  return (
    <>
      <div className="field">
        <label htmlFor={searchId}>
          <FormattedMessage id="editing.sourceSearch.find" />
        </label>
        <span className="field-hint">
          <FormattedMessage id="editing.sourceSearch.find.hint" />
        </span>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        {searching && !found.fetching && found.data && (
          <span className="field-hint" role="status">
            <FormattedMessage id="editing.sourceSearch.found" values={{ count: matches.length }} />
          </span>
        )}
      </div>
      <SelectField
        path={path}
        label={intl.formatMessage({ id: 'editing.sourceSearch.cited' })}
        required
        emptyLabel={intl.formatMessage({
          id: searching ? 'editing.sourceSearch.chooseFound' : 'editing.sourceSearch.choose',
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
