import { useEffect, useId, useRef } from 'react';
import { FormattedMessage } from 'react-intl';
import { useMutation } from 'urql';
import { problemsOf } from './mutation-problems';
import { useProblemText } from './problem-text';
import { RemoveTranslationMutation, type TranslationEntryValue } from './translation-queries';

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
}: {
  translation: TranslationEntryValue;
  what: string;
  onRemoved(): void;
  onStale(): void;
  onCancel(): void;
}) {
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  const text = useProblemText();
  const [removal, remove] = useMutation(RemoveTranslationMutation);
  useEffect(() => question.current?.focus(), []);
  const problems = problemsOf(removal.error);

  const confirm = async () => {
    const result = await remove({ id: translation.id, expectedVersion: translation.version });
    if (!result.error) onRemoved();
    else if (problemsOf(result.error).conflict) onStale();
  };

  return (
    <div className="translation-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} tabIndex={-1} ref={question}>
        <FormattedMessage id="translations.remove.question" values={{ what }} />
      </p>
      {problems.conflict ? (
        <p className="state state-error" role="alert">
          <FormattedMessage id="translations.remove.conflict" />
        </p>
      ) : (
        problems.message && (
          <p className="state state-error" role="alert">
            {text.form(problems)}
          </p>
        )
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void confirm()} disabled={removal.fetching}>
          <FormattedMessage id={removal.fetching ? 'translations.remove.removing' : 'translations.remove.confirm'} />
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          <FormattedMessage id="translations.remove.keep" />
        </button>
      </div>
    </div>
  );
}
