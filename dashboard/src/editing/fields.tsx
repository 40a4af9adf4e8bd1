import type { Vocabulary } from '@atlas/shared';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useVocabulary } from '../components/Vocabulary';
import { fieldId, NO_PROBLEMS, type MutationProblems } from './mutation-problems';
import { useProblemText } from './problem-text';

const ProblemsContext = createContext<MutationProblems>(NO_PROBLEMS);

/** Gives the fields inside it the problems of the form's last save, each shown beside its field. */
export function FormProblems({ problems, children }: { problems: MutationProblems; children: ReactNode }) {
  return <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>;
}

/** The problem of one input path, and the props that tie the control to its label and message. */
function useField(path: string) {
  const text = useProblemText();
  const problem = text.at(useContext(ProblemsContext), path);
  const id = fieldId(path);
  return {
    problem,
    id,
    control: {
      id,
      name: path,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-problem` : undefined,
    },
  };
}

function FieldMessage({ id, problem }: { id: string; problem?: string }) {
  if (!problem) return null;
  return (
    <p className="field-error" id={`${id}-problem`}>
      {problem}
    </p>
  );
}

/** A field's frame: its label (starred when required), its hint, the control, and its problem. */
function FieldFrame({
  id,
  problem,
  label,
  hint,
  required,
  narrow,
  children,
}: {
  id: string;
  problem?: string;
  label: string;
  hint?: string;
  required?: boolean;
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`field${narrow ? ' field-narrow' : ''}${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && <span className="field-hint">{hint}</span>}
      {children}
      <FieldMessage id={id} problem={problem} />
    </div>
  );
}

interface FieldProps<T> {
  /** The input path the API names in its errors (`input.title`). */
  path: string;
  label: string;
  value: T;
  onChange(value: T): void;
  hint?: string;
  required?: boolean;
}

export function TextField({
  multiline,
  type = 'text',
  autoComplete,
  lang,
  ...props
}: FieldProps<string> & {
  multiline?: boolean;
  type?: 'text' | 'url' | 'email' | 'password';
  autoComplete?: string;
  /** The language of the text typed, where it is not the page's (a translation). */
  lang?: string;
}) {
  const { problem, id, control } = useField(props.path);
  return (
    <FieldFrame id={id} problem={problem} label={props.label} hint={props.hint} required={props.required}>
      {multiline ? (
        <textarea
          {...control}
          lang={lang}
          rows={6}
          value={props.value}
          required={props.required}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          value={props.value}
          required={props.required}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** One yes-or-no question: a checkbox with its label beside it (a weak source), its hint below. */
export function CheckboxField(props: FieldProps<boolean>) {
  const { problem, id, control } = useField(props.path);
  return (
    <div className={`field field-checkbox${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        <input
          {...control}
          type="checkbox"
          checked={props.value}
          aria-describedby={
            [props.hint && `${id}-hint`, control['aria-describedby']].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {props.label}
      </label>
      {props.hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      <FieldMessage id={id} problem={problem} />
    </div>
  );
}

/** A whole number, or null when empty. */
export function NumberField(props: FieldProps<number | null> & { step?: number }) {
  const { problem, id, control } = useField(props.path);
  return (
    <FieldFrame id={id} problem={problem} label={props.label} hint={props.hint} required={props.required} narrow>
      <input
        {...control}
        type="number"
        inputMode="decimal"
        step={props.step ?? 1}
        value={props.value ?? ''}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
      />
    </FieldFrame>
  );
}

/** One value of a fixed list (a vocabulary, or options given as value → label). */
export function SelectField<V extends string>({
  options,
  emptyLabel,
  ...props
}: FieldProps<V | ''> & { options: readonly { value: V; label: string }[]; emptyLabel?: string }) {
  const { problem, id, control } = useField(props.path);
  return (
    <FieldFrame id={id} problem={problem} label={props.label} hint={props.hint} required={props.required}>
      <select
        {...control}
        value={props.value}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value as V | '')}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The options of a vocabulary, labelled in the page's language, for a SelectField. */
export function useVocabularyOptions<E extends string>(vocabulary: Vocabulary<E>): { value: E; label: string }[] {
  const { labelOf } = useVocabulary();
  return useMemo(
    () =>
      (Object.keys(vocabulary) as `${E}`[]).map((value) => ({ value: value as E, label: labelOf(vocabulary, value) })),
    [vocabulary, labelOf],
  );
}

/** Any number of values of a vocabulary, as checkboxes (each with its description on hover). */
export function VocabularyChecklist<E extends string>({
  vocabulary,
  ...props
}: FieldProps<readonly `${E}`[]> & { vocabulary: Vocabulary<E> }) {
  const { labelOf, descriptionOf } = useVocabulary();
  const options = (Object.keys(vocabulary) as `${E}`[]).map((value) => ({
    value,
    label: labelOf(vocabulary, value),
    description: descriptionOf(vocabulary, value),
  }));
  return <Checklist {...props} options={options} />;
}

/** Checkboxes, one per option (member states, …): the values checked, in the order checked. */
export function Checklist<V extends string>({
  options,
  ...props
}: FieldProps<readonly V[]> & { options: readonly { value: V; label: string; description?: string }[] }) {
  const { problem, id } = useField(props.path);
  const toggle = (value: V, on: boolean) =>
    props.onChange(on ? [...props.value, value] : props.value.filter((v) => v !== value));
  return (
    <fieldset
      className={`field checklist${problem ? ' field-invalid' : ''}`}
      id={id}
      aria-describedby={problem ? `${id}-problem` : undefined}
    >
      <legend>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </legend>
      {props.hint && <span className="field-hint">{props.hint}</span>}
      {options.map(({ value, label, description }) => (
        <label key={value} title={description}>
          <input
            type="checkbox"
            name={props.path}
            value={value}
            checked={props.value.includes(value)}
            onChange={(e) => toggle(value, e.target.checked)}
          />{' '}
          {label}
        </label>
      ))}
      <FieldMessage id={id} problem={problem} />
    </fieldset>
  );
}

/** A list of short texts, one per line (partners, …); blank lines are dropped. */
export function LinesField(props: FieldProps<readonly string[]>) {
  const { problem, id, control } = useField(props.path);
  const intl = useIntl();
  return (
    <FieldFrame
      id={id}
      problem={problem}
      label={props.label}
      hint={props.hint ?? intl.formatMessage({ id: 'editing.field.onePerLine' })}
    >
      <textarea
        {...control}
        rows={3}
        value={props.value.join('\n')}
        onChange={(e) => props.onChange(e.target.value.split('\n'))}
        onBlur={() => props.onChange(props.value.map((line) => line.trim()).filter((line) => line !== ''))}
      />
    </FieldFrame>
  );
}

/** The lines of a LinesField as the API takes them: trimmed, without blanks. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}
