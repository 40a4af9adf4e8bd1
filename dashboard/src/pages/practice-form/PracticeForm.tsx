import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { FormProblems } from '../../editing/fields';
import type { MutationProblems } from '../../editing/mutation-problems';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { foldLineProblems, problemLabels } from './form-problems';
import type { PracticeDraft } from './practice-draft';
import { PracticeFields } from './PracticeFields';
import type { ExistingSource, FormOptions } from './queries';
import { t } from '../../i18n/message';

/**
 * The form of a practice, new or edited: what stopped the last save at the top, each field's
 * problem beside it, all at once, whether the form found them with the API's rules before sending
 * (practice-draft.ts) or the API did.
 */
export function PracticeForm({
  draft,
  options,
  existingSources = [],
  problems,
  notice,
  saving,
  submitLabel,
  cancelHref,
  onChange,
  onSubmit,
}: {
  draft: PracticeDraft;
  options: FormOptions;
  existingSources?: readonly ExistingSource[];
  /** The problems of the last save; keep the object the same between saves (the summary takes the focus when it changes). */
  problems: MutationProblems;
  /** Shown above the fields (a conflict notice). */
  notice?: ReactNode;
  saving: boolean;
  submitLabel: string;
  cancelHref: string;
  onChange(patch: Partial<PracticeDraft>): void;
  onSubmit(): void;
}) {
  const intl = useIntl();
  const shown = useMemo(() => foldLineProblems(intl, problems), [intl, problems]);
  const labels = useMemo(() => problemLabels(intl, shown), [intl, shown]);
  return (
    <form
      className="practice-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ProblemSummary problems={shown} labels={labels} />
      {notice}
      <p className="field-hint">{t('practiceForm.required')}</p>
      <FormProblems problems={shown}>
        <PracticeFields
          draft={draft}
          options={options}
          existingSources={existingSources}
          sourcesProblem={shown.fields['input.sources']}
          onChange={onChange}
        />
      </FormProblems>
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? intl.formatMessage({ id: 'practiceForm.saving' }) : submitLabel}
        </button>
        <Link href={cancelHref}>{t('practiceForm.cancel')}</Link>
      </div>
    </form>
  );
}
