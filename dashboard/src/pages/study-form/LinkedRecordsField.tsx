import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { fieldId, type MutationProblems } from '../../editing/mutation-problems';
import { useProblemText } from '../../editing/problem-text';
import { useSettled } from '../../editing/settled';
import type { MessageId } from '../../i18n/message-ids';
import { t } from '../../i18n/message';
import type { RecordChoice } from './study-values';

/** The words of one kind of record (programmes, practices) in the field. */
export interface RecordWords {
  label: MessageId;
  hint: MessageId;
  find: MessageId;
  pick: MessageId;
  /** "Remove programme: {name}" */
  remove: MessageId;
}

/**
 * The records a study concerns (the input's `programIds`, `practiceIds`): each with a remove button
 * and the problem the API names at its index; more added from those offered, or found by searching
 * (`useMatches` runs the search: undefined until it has answered).
 */
export function LinkedRecordsField({
  path,
  words,
  value,
  onChange,
  offered,
  useMatches,
  problems,
}: {
  path: string;
  words: RecordWords;
  value: readonly RecordChoice[];
  onChange(records: RecordChoice[]): void;
  offered: readonly RecordChoice[];
  useMatches(search: string, pause: boolean): readonly RecordChoice[] | undefined;
  problems: MutationProblems;
}) {
  const intl = useIntl();
  const text = useProblemText();
  const id = fieldId(path);
  const searchId = useId();
  const pickId = useId();
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState('');
  const search = useSettled(typed.trim());
  const searching = search.length >= 2;
  const found = useMatches(search, !searching);
  const candidates = (searching ? (found ?? []) : offered).filter(
    (record) => !value.some((chosen) => chosen.id === record.id),
  );
  const pick = candidates.find((record) => record.id === picked);
  const problem = text.at(problems, path);

  return (
    <fieldset
      className={`ef-sources${problem ? ' field-invalid' : ''}`}
      id={id}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      <legend>{intl.formatMessage({ id: words.label })}</legend>
      <span className="field-hint">{intl.formatMessage({ id: words.hint })}</span>
      {value.length === 0 ? (
        <p className="meta">{t('studyForm.records.none')}</p>
      ) : (
        <ul className="ef-source-list">
          {value.map((record, index) => {
            const itemProblem = text.at(problems, `${path}[${index}]`);
            return (
              <li key={record.id} id={fieldId(`${path}[${index}]`)}>
                {record.label}{' '}
                <button
                  type="button"
                  className="secondary"
                  aria-label={intl.formatMessage({ id: words.remove }, { name: record.label })}
                  onClick={() => onChange(value.filter((chosen) => chosen.id !== record.id))}
                >
                  {t('studyForm.records.remove')}
                </button>
                {itemProblem && <p className="field-error">{itemProblem}</p>}
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
      <div className="field">
        <label htmlFor={searchId}>{intl.formatMessage({ id: words.find })}</label>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        {searching && found && (
          <span className="field-hint" role="status">
            {t('studyForm.records.found', { count: candidates.length })}
          </span>
        )}
      </div>
      <div className="ef-pick-source">
        <label htmlFor={pickId}>{intl.formatMessage({ id: words.pick })}</label>
        <select id={pickId} value={pick ? picked : ''} onChange={(e) => setPicked(e.target.value)}>
          <option value="">{intl.formatMessage({ id: 'studyForm.records.choose' })}</option>
          {candidates.map((record) => (
            <option key={record.id} value={record.id}>
              {record.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={!pick}
          onClick={() => {
            if (pick) onChange([...value, pick]);
            setPicked('');
          }}
        >
          {t('studyForm.records.add')}
        </button>
      </div>
    </fieldset>
  );
}
