import { sourceInputSchema } from '@atlas/shared/rules';
import { useState, type KeyboardEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { SourceLink } from '../components/SourceLinks';
import { checkedInput } from './checked-input';
import { fieldBinding } from './field-binding';
import { FormProblems, TextField } from './fields';
import type { VariablesOf } from '../graphql';
import { problemsOf, type MutationProblems } from './mutation-problems';
import { existingSourceId } from './existing-source';
import { blankToNull } from './optional-text';
import type { SourceChoice } from './source-choice';
import { CreateSourceMutation, SourceByIdQuery } from './source-queries';
import { ActionOrCancel } from './SaveActions';

const EMPTY = { title: '', url: '', publisher: '', publishedOn: '', language: '' };

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
  const [values, setValues] = useState(EMPTY);
  const [state, create] = useMutation(CreateSourceMutation);
  const [unsent, setUnsent] = useState<MutationProblems | null>(null);
  const problems = unsent ?? problemsOf(state.error);
  const existingId = existingSourceId(problems.fields['input.url']);
  const bind = fieldBinding(values, (patch) => setValues({ ...values, ...patch }), scope);

  const add = async () => {
    const checked = checkedInput<VariablesOf<typeof CreateSourceMutation>['input']>(sourceInputSchema, {
      title: values.title,
      url: values.url.trim(),
      publisher: blankToNull(values.publisher),
      publishedOn: blankToNull(values.publishedOn),
      language: blankToNull(values.language),
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
      <legend>New source</legend>
      {(problems.message || Object.keys(problems.fields).length > 0) && (
        <p className="field-error" role="alert">
          The source was not added. {problems.message ?? 'Correct the fields marked below.'}
        </p>
      )}
      <FormProblems problems={scoped(problems, scope)}>
        <TextField {...bind('title')} label="Title" required />
        <TextField {...bind('url')} label="Address (URL)" type="url" required />
        {existingId && <ExistingSourceOffer id={existingId} onUse={onAdded} />}
        <TextField {...bind('publisher')} label="Publisher" hint="Site, agency or journal." />
        <TextField {...bind('publishedOn')} label="Published on" hint="YYYY, YYYY-MM or YYYY-MM-DD." />
        <TextField {...bind('language')} label="Language" hint="Two-letter code: en, id, th, vi, …" />
      </FormProblems>
      <ActionOrCancel
        label="Add this source"
        busyLabel="Adding the source…"
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
      <p>
        The Atlas already has this address: <SourceLink source={node} />
      </p>
      <button type="button" onClick={() => onUse(node)}>
        Cite this source instead
      </button>
    </div>
  );
}
