import { useIntl } from 'react-intl';
import { sexes } from '@atlas/shared';
import { useState } from 'react';
import { useMutation } from 'urql';
import { Empty } from '../../components/QueryState';
import { useVocabulary } from '../../components/Vocabulary';
import { ConfirmDeleteFigure } from '../../figures/ConfirmDeleteFigure';
import { FigureWithSource } from '../../figures/FigureWithSource';
import { slotSuffix } from '../../figures/breakdown-label';
import { problemsOf } from '../../editing/mutation-problems';
import { formatValue } from '../../format';
import { DeleteOutcomeMutation, type RecordedOutcome } from './queries';
import { t } from '../../i18n/message';

/** The figures recorded for the programme, each deletable after a confirmation. */
export function ExistingOutcomes({
  outcomes,
  onDeleted,
}: {
  outcomes: readonly RecordedOutcome[];
  /** Called with what was deleted, in words ("Returnees trained, 2019"). */
  onDeleted(what: string): void;
}) {
  if (outcomes.length === 0) return <Empty>{t('outcomesForm.recorded.none')}</Empty>;
  const sorted = [...outcomes].sort(
    (a, b) =>
      a.indicator.name.localeCompare(b.indicator.name) ||
      a.year - b.year ||
      a.sex.localeCompare(b.sex) ||
      slotOrder(a).localeCompare(slotOrder(b)),
  );
  return (
    <ul className="ef-outcomes">
      {sorted.map((outcome) => (
        <ExistingOutcome key={outcome.id} outcome={outcome} onDeleted={onDeleted} />
      ))}
    </ul>
  );
}

/** Figures of one indicator, year and sex in a steady order: those not broken down first. */
const slotOrder = (outcome: RecordedOutcome) =>
  `${outcome.yearStated ? 0 : 1}${outcome.destination ?? ''}\u0000${outcome.phase ?? ''}`;

function ExistingOutcome({ outcome, onDeleted }: { outcome: RecordedOutcome; onDeleted(what: string): void }) {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const [confirming, setConfirming] = useState(false);
  const [state, deleteOutcome] = useMutation(DeleteOutcomeMutation);
  const problem = state.error
    ? (problemsOf(state.error).message ?? intl.formatMessage({ id: 'outcomesForm.delete.failed' }))
    : null;
  // Its breakdown tells it from the other figures of its indicator and year ("…, 2019, to South Korea").
  const what = `${outcome.indicator.name}, ${outcome.year}${outcome.sex === 'TOTAL' ? '' : ` (${labelOf(sexes, outcome.sex)})`}${slotSuffix(intl, outcome)}`;
  const remove = async () => {
    // The mutation returns no record: name the types whose cached queries (the programme page's) are stale.
    const result = await deleteOutcome(
      { id: outcome.id },
      { additionalTypenames: ['Outcome', 'ReintegrationProgram'] },
    );
    if (result.data) onDeleted(what);
  };

  return (
    <li className="ef-outcome">
      <FigureWithSource what={what} figure={outcome} />
      {confirming ? (
        <ConfirmDeleteFigure
          which={what}
          deleting={state.fetching}
          onDelete={() => void remove()}
          onKeep={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="secondary"
          aria-label={intl.formatMessage(
            { id: 'outcomesForm.delete.which' },
            { what, value: formatValue(intl.locale, outcome.value) },
          )}
          onClick={() => setConfirming(true)}
        >
          {t('outcomesForm.delete')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
