import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { SourceLink } from '../../components/SourceLinks';
import { SelectField, TextField } from '../../editing/fields';
import { fieldId } from '../../editing/mutation-problems';
import { newSourceDraft, type SourceDraft } from './practice-draft';
import type { ExistingSource } from './queries';
import type { MessageId } from '../../i18n/message-ids';
import { fieldBinding } from '../../editing/field-binding';
import { t } from '../../i18n/message';

/**
 * The sources a practice cites, any number of them: each either a source it already cites (kept by
 * its ID) or a new one typed in. Each control's path is the one the API names in its errors
 * (`input.sources[0].url`).
 */
export function SourcesField({
  sources,
  existing,
  problem,
  onChange,
}: {
  sources: readonly SourceDraft[];
  /** The sources the practice cites already (none for a new practice). */
  existing: readonly ExistingSource[];
  /** A problem with the list as a whole ("cite at least one source"). */
  problem?: string;
  onChange(sources: SourceDraft[]): void;
}) {
  const id = fieldId('input.sources');
  const added = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Takes a keyboard user to the source they have just added.
    const index = sources.findIndex((source) => source.key === added.current);
    if (index < 0) return;
    added.current = null;
    document.getElementById(fieldId(`input.sources[${index}].${existing.length > 0 ? 'sourceId' : 'title'}`))?.focus();
  }, [sources, existing.length]);

  const change = (index: number, patch: Partial<SourceDraft>) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, ...patch } : source)));
  const add = () => {
    const source = newSourceDraft();
    added.current = source.key;
    onChange([...sources, source]);
  };

  return (
    <fieldset
      className={`practice-form-sources${problem ? ' field-invalid' : ''}`}
      id={id}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      <legend>
        {t('practiceForm.field.sources')}
        <span aria-hidden="true"> *</span>
      </legend>
      <p className="field-hint">{t('practiceForm.sources.hint')}</p>
      {problem && (
        <p className="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <ol className="practice-form-source-list">
        {sources.map((source, index) => (
          <li key={source.key}>
            <SourceEntry
              index={index}
              source={source}
              existing={existing}
              onChange={(patch) => change(index, patch)}
              onRemove={() => {
                onChange(sources.filter((_, i) => i !== index));
                addButton.current?.focus();
              }}
            />
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={add} ref={addButton}>
        {t('practiceForm.sources.add')}
      </button>
    </fieldset>
  );
}

function SourceEntry({
  index,
  source,
  existing,
  onChange,
  onRemove,
}: {
  index: number;
  source: SourceDraft;
  existing: readonly ExistingSource[];
  onChange(patch: Partial<SourceDraft>): void;
  onRemove(): void;
}) {
  const intl = useIntl();
  const text = (id: MessageId) => intl.formatMessage({ id });
  const bind = fieldBinding(source, onChange, `input.sources[${index}]`);
  const cited = existing.find((candidate) => candidate.id === source.sourceId);
  return (
    <fieldset className="practice-form-source">
      <legend>{t('practiceForm.source.legend', { number: index + 1 })}</legend>
      {existing.length > 0 && (
        <SelectField
          {...bind('sourceId')}
          label={text('practiceForm.source.which')}
          options={existing.map((candidate) => ({ value: candidate.id, label: candidate.title }))}
          emptyLabel={text('practiceForm.source.new')}
        />
      )}
      {cited ? (
        <p className="meta">
          <SourceLink source={cited} />
        </p>
      ) : (
        <>
          <TextField {...bind('title')} label={text('practiceForm.source.title')} required />
          <TextField
            {...bind('url')}
            label={text('practiceForm.source.url')}
            type="url"
            required
            hint={text('practiceForm.source.url.hint')}
          />
          <TextField {...bind('publisher')} label={text('practiceForm.source.publisher')} />
          <TextField
            {...bind('publishedOn')}
            label={text('practiceForm.source.publishedOn')}
            hint={text('practiceForm.source.publishedOn.hint')}
          />
        </>
      )}
      <button type="button" className="secondary" onClick={onRemove}>
        {t('practiceForm.source.remove', { number: index + 1 })}
      </button>
    </fieldset>
  );
}
