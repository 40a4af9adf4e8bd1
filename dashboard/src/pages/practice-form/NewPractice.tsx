import { useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';

import { checkDraft, emptyDraft, type PracticeDraft } from './practice-draft';
import { PracticeForm } from './PracticeForm';
import { CreatePracticeMutation, type FormOptions } from './queries';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useSaveProblems } from '../../editing/save-problems';

/** A new practice: created as a draft of the signed-in account, then shown on its page. */
export function NewPractice({ options }: { options: FormOptions }) {
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
    leaveSavedNotice(created.id, 'Saved as a draft. Submit it for review when it is ready.');
    navigate(`/practices/${encodeURIComponent(created.id)}`);
  };

  return (
    <PracticeForm
      draft={draft}
      options={options}
      problems={problems}
      saving={state.fetching}
      submitLabel="Save draft"
      cancelHref="/my-practices"
      onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
      onSubmit={save}
    />
  );
}
