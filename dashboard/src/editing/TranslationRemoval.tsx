import { t } from '../i18n/message';
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

  const refusal = problems.conflict ? t('translations.remove.conflict') : text.form(problems);
  return (
    <ConfirmQuestion
      question={t('translations.remove.question', { what })}
      confirm={{
        label: t('translations.remove.confirm'),
        busyLabel: t('translations.remove.removing'),
      }}
      keep={t('translations.remove.keep')}
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
