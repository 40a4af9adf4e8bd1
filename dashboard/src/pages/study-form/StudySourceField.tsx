import { useState } from 'react';
import { useIntl } from 'react-intl';
import { NewSourcePanel } from '../../editing/NewSourcePanel';
import type { SourceChoice } from '../../editing/source-choice';
import { SourceSearch } from '../../editing/SourceSearch';
import { t } from '../../i18n/message';

/**
 * The one source a study cites (`input.sourceId`): one of the Atlas's, offered or found by searching,
 * or a new one added to the Atlas here and then cited.
 */
export function StudySourceField({
  value,
  onChange,
  suggestions,
}: {
  value: SourceChoice | null;
  onChange(source: SourceChoice | null): void;
  suggestions: readonly SourceChoice[];
}) {
  const intl = useIntl();
  const [adding, setAdding] = useState(false);
  return (
    <fieldset className="ef-statistic-source">
      <legend>
        {intl.formatMessage({ id: 'studyForm.source' })}
        <span aria-hidden="true"> *</span>
      </legend>
      <span className="field-hint">{t('studyForm.source.hint')}</span>
      <SourceSearch path="input.sourceId" value={value} onChange={onChange} suggestions={suggestions} />
      {adding ? (
        <NewSourcePanel
          scope="input.sourceId.new"
          onAdded={(source) => {
            onChange(source);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setAdding(true)}>
          {t('editing.sources.addNew')}
        </button>
      )}
    </fieldset>
  );
}
