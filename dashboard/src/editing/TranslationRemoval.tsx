import { FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { ConfirmQuestion } from './ConfirmQuestion';
import { problemsOf } from './mutation-problems';
import { useProblemText } from './problem-text';
import { RemoveTranslationMutation, type TranslationEntryValue } from './translation-queries';

/** What the list does once a translation is removed, or found changed meanwhile (it reloads). */
export interface RemovalOutcomes {
  onRemoved(): void;
  onStale(): void;
}

/**
 * Asks before removing a translation (its history keeps it, restorable), then removes the version
 * shown; when it changed meanwhile, says so and has the list reloaded (`onStale`).
 */
export function TranslationRemoval({
  translation,
  what,
  onRemoved,
  onStale,
  onCancel,
}: RemovalOutcomes & {
  translation: TranslationEntryValue;
  what: string;
  onCancel(): void;
}) {
  const text = useProblemText();
  const [removal, remove] = useMutation(RemoveTranslationMutation);
  const problems = problemsOf(removal.error);

  const confirm = async () => {
    const result = await remove({ id: translation.id, expectedVersion: translation.version });
    if (!result.error) onRemoved();
    else if (problemsOf(result.error).conflict) onStale();
  };

  const refusal = problems.conflict ? <FormattedMessage id="translations.remove.conflict" /> : text.form(problems);
  return (
    <ConfirmQuestion
      question={<FormattedMessage id="translations.remove.question" values={{ what }} />}
      confirm={{
        label: <FormattedMessage id="translations.remove.confirm" />,
        busyLabel: <FormattedMessage id="translations.remove.removing" />,
      }}
      keep={<FormattedMessage id="translations.remove.keep" />}
      busy={removal.fetching}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      {refusal && (
        <p className="state state-error" role="alert">
          {refusal}
        </p>
      )}
    </ConfirmQuestion>
  );
}
