import { sourceInputSchema } from '@atlas/shared/rules';
import { useState, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { SourceLink } from '../components/SourceLinks';
import { checkedInput } from './checked-input';
import { fieldBinding } from './field-binding';
import { CheckboxField, FormProblems, TextField } from './fields';
import type { VariablesOf } from '../graphql';
import { problemsOf, type MutationProblems } from './mutation-problems';
import { useProblemText } from './problem-text';
import { existingSourceId } from './existing-source';
import { blankToNull } from './optional-text';
import type { SourceChoice } from './source-choice';
import { CreateSourceMutation, SourceByIdQuery } from './source-queries';
import { ActionOrCancel } from './SaveActions';
import { t } from '../i18n/message';

const EMPTY = { title: '', url: '', publisher: '', publishedOn: '', language: '', weak: false };

/**
 * createSource's problems (`input.url`) under the panel's own paths (`input.sourceIds.new.url`),
 * so that the fields of two open panels never share an element id.
 */
function scoped(problems: MutationProblems, scope: string): MutationProblems {
  const fields = Object.entries(problems.fields).map(([path, message]) => [
    path.replace(/^input\./, `${scope}.`),
    message,
  ]);
  return { ...problems, fields: Object.fromEntries(fields) };
}

/**
 * Adds a citation to the Atlas from inside another form (it is not a form of its own: forms do not
 * nest). An address already cited is offered as that source instead.
 */
export function NewSourcePanel({
  scope,
  onAdded,
  onCancel,
}: {
  /** The path the panel's fields are named under. */
  scope: string;
  onAdded(source: SourceChoice): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const text = useProblemText();
  const [values, setValues] = useState(EMPTY);
  const [state, create] = useMutation(CreateSourceMutation);
  const [unsent, setUnsent] = useState<MutationProblems | null>(null);
  const problems = unsent ?? problemsOf(state.error);
  const existingId = existingSourceId(problems);
  const bind = fieldBinding(values, (patch) => setValues({ ...values, ...patch }), scope);

  const add = async () => {
    const checked = checkedInput<VariablesOf<typeof CreateSourceMutation>['input']>(sourceInputSchema, {
      title: values.title,
      url: values.url.trim(),
      publisher: blankToNull(values.publisher),
      publishedOn: blankToNull(values.publishedOn),
      language: blankToNull(values.language),
      weak: values.weak,
    });
    setUnsent(checked.problems);
    if (!checked.input) return;
    const result = await create({ input: checked.input });
    if (result.data) onAdded(result.data.createSource);
  };
  // Enter in a field adds the source rather than submitting the form around the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void add();
    }
  };

  return (
    <fieldset className="ef-new-source" onKeyDown={onKeyDown}>
      <legend>{t('editing.newSource.legend')}</legend>
      {(problems.message || Object.keys(problems.fields).length > 0) && (
        <p className="field-error" role="alert">
          {t('editing.newSource.notAdded', {
            reason: text.form(problems) ?? intl.formatMessage({ id: 'editing.newSource.correctFields' }),
          })}
        </p>
      )}
      <FormProblems problems={scoped(problems, scope)}>
        <TextField {...bind('title')} label={intl.formatMessage({ id: 'editing.newSource.title' })} required />
        <TextField {...bind('url')} label={intl.formatMessage({ id: 'editing.newSource.url' })} type="url" required />
        {existingId && <ExistingSourceOffer id={existingId} onUse={onAdded} />}
        <TextField
          {...bind('publisher')}
          label={intl.formatMessage({ id: 'editing.newSource.publisher' })}
          hint={intl.formatMessage({ id: 'editing.newSource.publisherHint' })}
        />
        <TextField
          {...bind('publishedOn')}
          label={intl.formatMessage({ id: 'editing.newSource.publishedOn' })}
          hint={intl.formatMessage({ id: 'editing.newSource.publishedOnHint' })}
        />
        <TextField
          {...bind('language')}
          label={intl.formatMessage({ id: 'editing.newSource.language' })}
          hint={intl.formatMessage({ id: 'editing.newSource.languageHint' })}
        />
        <CheckboxField
          {...bind('weak')}
          label={intl.formatMessage({ id: 'editing.newSource.weak' })}
          hint={intl.formatMessage({ id: 'editing.newSource.weakHint' })}
        />
      </FormProblems>
      <ActionOrCancel
        label={intl.formatMessage({ id: 'editing.newSource.add' })}
        busyLabel={intl.formatMessage({ id: 'editing.newSource.adding' })}
        busy={state.fetching}
        onAct={() => void add()}
        onCancel={onCancel}
      />
    </fieldset>
  );
}

/** The source that already has the address, to cite instead of a copy. */
function ExistingSourceOffer({ id, onUse }: { id: string; onUse(source: SourceChoice): void }) {
  const [{ data }] = useQuery({ query: SourceByIdQuery, variables: { id } });
  const node = data?.node;
  if (node?.__typename !== 'Source') return null;
  return (
    <div className="ef-existing-source" role="status">
      <p>{t('editing.newSource.existing', { source: <SourceLink source={node} /> })}</p>
      <button type="button" onClick={() => onUse(node)}>
        {t('editing.newSource.citeExisting')}
      </button>
    </div>
  );
}
