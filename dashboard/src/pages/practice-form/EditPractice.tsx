import { practiceStatuses } from '@atlas/shared';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useClient, useMutation } from 'urql';
import { useLocation } from 'wouter';
import { useVocabulary } from '../../components/Vocabulary';
import { ConflictNotice } from '../../editing/ConflictNotice';
import { problemsOf } from '../../editing/mutation-problems';
import { changedFields, checkDraft, draftOf, FIELD_LABELS, mergeOnLatest, type PracticeDraft } from './practice-draft';
import { PracticeForm } from './PracticeForm';
import {
  EditablePracticeQuery,
  UpdatePracticeMutation,
  type EditablePractice,
  type ExistingSource,
  type FormOptions,
} from './queries';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useSaveProblems } from '../../editing/save-problems';
import { t } from '../../i18n/message';

/** The sources of both lists, each once: those cited before and those cited now can both be kept. */
function unionOfSources(a: readonly ExistingSource[], b: readonly ExistingSource[]): ExistingSource[] {
  return [...a, ...b.filter((source) => !a.some((known) => known.id === source.id))];
}

/**
 * Edits a practice at the version it was loaded at. When someone else saved it meanwhile (CONFLICT),
 * the typed values stay; loading the latest version puts these edits on top of it and says what the
 * other save changed, and the next save is based on that version.
 */
export function EditPractice({ practice, options }: { practice: EditablePractice; options: FormOptions }) {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const client = useClient();
  const [, navigate] = useLocation();
  const [base, setBase] = useState(() => ({ draft: draftOf(practice), version: practice.version }));
  const [draft, setDraft] = useState<PracticeDraft>(base.draft);
  const [sources, setSources] = useState<readonly ExistingSource[]>(practice.sources);
  const [theirChanges, setTheirChanges] = useState<string[] | null>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadFailure, setReloadFailure] = useState<string | null>(null);
  const [state, update] = useMutation(UpdatePracticeMutation);
  const { problems, setMissing } = useSaveProblems(state.error);

  const save = async () => {
    const checked = checkDraft(draft);
    setMissing(checked.problems);
    if (!checked.input) return;
    setTheirChanges(null);
    const result = await update({ id: practice.id, input: checked.input, expectedVersion: base.version });
    const saved = result.data?.updatePractice;
    if (!saved) return;
    leaveSavedNotice(saved.id, intl.formatMessage({ id: 'practiceForm.saved' }, { version: saved.version }));
    navigate(`/practices/${encodeURIComponent(saved.id)}`);
  };

  const loadLatest = async () => {
    setReloading(true);
    setReloadFailure(null);
    const result = await client
      .query(EditablePracticeQuery, { id: practice.id }, { requestPolicy: 'network-only' })
      .toPromise();
    setReloading(false);
    const latest = result.data?.practice;
    if (!latest) {
      setReloadFailure(
        intl.formatMessage(
          { id: 'practiceForm.reloadFailed' },
          {
            reason: problemsOf(result.error).message ?? intl.formatMessage({ id: 'practiceForm.reloadFailed.gone' }),
          },
        ),
      );
      return;
    }
    const latestDraft = draftOf(latest);
    setTheirChanges(
      changedFields(base.draft, latestDraft).map((field) => intl.formatMessage({ id: FIELD_LABELS[field] })),
    );
    // What was typed while the latest version loaded counts as an edit too.
    setDraft((mine) => mergeOnLatest(base.draft, mine, latestDraft));
    setSources((known) => unionOfSources(latest.sources, known));
    setBase({ draft: latestDraft, version: latest.version });
  };

  const conflict = problems.conflict;
  return (
    <>
      <p className="meta">
        {t('practiceForm.editingVersion', {
          status: labelOf(practiceStatuses, practice.status),
          version: base.version,
        })}
      </p>
      <PracticeForm
        draft={draft}
        options={options}
        existingSources={sources}
        problems={problems}
        notice={
          conflict && (
            <>
              <ConflictNotice
                what="practiceForm.conflictWhat"
                currentVersion={theirChanges === null ? conflict.currentVersion : base.version}
                theirChanges={theirChanges}
                onLoadLatest={loadLatest}
                loading={reloading}
              />
              {reloadFailure && (
                <p className="state state-error" role="alert">
                  {reloadFailure}
                </p>
              )}
            </>
          )
        }
        saving={state.fetching}
        submitLabel={intl.formatMessage({ id: 'practiceForm.saveChanges' })}
        cancelHref={`/practices/${encodeURIComponent(practice.id)}`}
        onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
        onSubmit={save}
      />
    </>
  );
}
