import { useState } from 'react';
import { useIntl } from 'react-intl';
import { SourceLink } from '../components/SourceLinks';
import { fieldId, type MutationProblems } from './mutation-problems';
import { NewSourcePanel } from './NewSourcePanel';
import { useProblemText } from './problem-text';
import type { SourceChoice } from './source-choice';
import { t } from '../i18n/message';

/**
 * The sources a record cites (the input's `sourceIds`): each with a remove button and the problem
 * the API names at its index; more from those already cited here, or a new one added to the Atlas.
 */
export function SourcesField({
  path,
  label,
  hint,
  value,
  onChange,
  known,
  problems,
}: {
  /** The input path of the IDs (`input.sourceIds`). */
  path: string;
  label: string;
  hint?: string;
  value: readonly SourceChoice[];
  onChange(sources: SourceChoice[]): void;
  /** Sources that can be cited again: those of this record as loaded, or of its other parts. */
  known: readonly SourceChoice[];
  problems: MutationProblems;
}) {
  const intl = useIntl();
  const text = useProblemText();
  const [adding, setAdding] = useState(false);
  const id = fieldId(path);
  const found = problems.fields[path];
  const problem = found && text.field(found);
  const cite = (source: SourceChoice) => {
    if (!value.some((cited) => cited.id === source.id)) onChange([...value, source]);
  };
  const pickable = known.filter((source) => !value.some((cited) => cited.id === source.id));

  return (
    <fieldset
      className={`ef-sources${problem ? ' field-invalid' : ''}`}
      id={id}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      <legend>
        {label}
        <span aria-hidden="true"> *</span>
      </legend>
      {hint && <span className="field-hint">{hint}</span>}
      {value.length === 0 ? (
        <p className="meta">{t('editing.sources.none')}</p>
      ) : (
        <ul className="ef-source-list">
          {value.map((source, index) => {
            const itemProblem = problems.fields[`${path}[${index}]`];
            return (
              <li key={source.id} id={fieldId(`${path}[${index}]`)}>
                <SourceLink source={source} />{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={intl.formatMessage({ id: 'editing.sources.removeLabel' }, { title: source.title })}
                  onClick={() => onChange(value.filter((cited) => cited.id !== source.id))}
                >
                  {t('editing.sources.remove')}
                </button>
                {itemProblem && <p className="field-error">{text.field(itemProblem)}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {problem && (
        <p className="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      {pickable.length > 0 && <PickSource id={`${id}-pick`} sources={pickable} onPick={cite} />}
      {adding ? (
        <NewSourcePanel
          scope={`${path}.new`}
          onAdded={(source) => {
            cite(source);
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

function PickSource({
  id,
  sources,
  onPick,
}: {
  id: string;
  sources: readonly SourceChoice[];
  onPick(source: SourceChoice): void;
}) {
  const intl = useIntl();
  const [picked, setPicked] = useState('');
  const source = sources.find((s) => s.id === picked);
  return (
    <div className="ef-pick-source">
      <label htmlFor={id}>{t('editing.sources.pickLabel')}</label>
      <select id={id} value={source ? picked : ''} onChange={(e) => setPicked(e.target.value)}>
        <option value="">{intl.formatMessage({ id: 'editing.sources.choose' })}</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="secondary"
        disabled={!source}
        onClick={() => {
          if (source) onPick(source);
          setPicked('');
        }}
      >
        {t('editing.sources.cite')}
      </button>
    </div>
  );
}
