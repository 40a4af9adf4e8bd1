import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';

import { checkDraft, emptyDraft, type PracticeDraft } from './practice-draft';
import { PracticeForm } from './PracticeForm';
import { CreatePracticeMutation, type FormOptions } from './queries';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useSaveProblems } from '../../editing/save-problems';

/** A new practice: created as a draft of the signed-in account, then shown on its page. */
export function NewPractice({ options }: { options: FormOptions }) {
  const intl = useIntl();
  const [draft, setDraft] = useState<PracticeDraft>(emptyDraft);
  const [state, create] = useMutation(CreatePracticeMutation);
  const [, navigate] = useLocation();
  const { problems, setMissing } = useSaveProblems(state.error);

  const save = async () => {
    const checked = checkDraft(draft);
    setMissing(checked.problems?.fields ?? null);
    if (!checked.input) return;
    const result = await create({ input: checked.input });
    const created = result.data?.createPractice;
    if (!created) return;
    leaveSavedNotice(created.id, intl.formatMessage({ id: 'practiceForm.savedDraft' }));
    navigate(`/practices/${encodeURIComponent(created.id)}`);
  };

  return (
    <PracticeForm
      draft={draft}
      options={options}
      problems={problems}
      saving={state.fetching}
      submitLabel={intl.formatMessage({ id: 'practiceForm.saveDraft' })}
      cancelHref="/my-practices"
      onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      onSubmit={save}
    />
  );
}
