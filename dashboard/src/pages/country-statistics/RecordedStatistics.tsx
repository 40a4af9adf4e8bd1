import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useCountryName } from '../../components/country-name';
import { Empty } from '../../components/QueryState';
import { problemsOf } from '../../editing/mutation-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { breakdownInput } from '../../editing/figure-breakdown';
import { formatValue } from '../../format';
import {
  DeleteStatisticMutation,
  STATISTICS_TYPENAMES,
  type IndicatorChoice,
  type RecordedStatistic,
  type StatisticsCountry,
} from './queries';
import { ConfirmDeleteFigure } from '../../figures/ConfirmDeleteFigure';
import { FigureWithSource } from '../../figures/FigureWithSource';
import type { MessageId } from '../../i18n/message-ids';
import { useFigureName } from './figure-name';
import { StatisticEditor } from './StatisticEditor';
import { t } from '../../i18n/message';

interface Props {
  country: StatisticsCountry;
  indicators: readonly IndicatorChoice[];
  suggestions: readonly SourceChoice[];
  /** A change was saved: the confirmation to show, and the page reloads. */
  onSaved(message: string): void;
  /** The list is stale (a conflict): the page reloads. */
  onStale(): void;
}

/** What can be done to a recorded figure, each a button named with the figure. */
const ACTIONS: { mode: 'edit' | 'delete'; label: MessageId; which: MessageId }[] = [
  { mode: 'edit', label: 'countryStatistics.correct', which: 'countryStatistics.correct.which' },
  { mode: 'delete', label: 'countryStatistics.delete', which: 'countryStatistics.delete.which' },
];

/** The country's figures by indicator, newest year first, each corrected or deleted in place. */
export function RecordedStatistics({ country, ...props }: Props) {
  const countryName = useCountryName();
  if (country.statistics.length === 0)
    return <Empty>{t('countryStatistics.recorded.none', { country: countryName(country) })}</Empty>;
  const sorted = [...country.statistics].sort(
    (a, b) =>
      a.indicator.name.localeCompare(b.indicator.name) ||
      b.year - a.year ||
      a.sex.localeCompare(b.sex) ||
      slotOrder(a).localeCompare(slotOrder(b)),
  );
  return (
    <ul className="ef-outcomes">
      {sorted.map((statistic, index) => (
        <StatisticItem key={statistic.id} statistic={statistic} index={index} country={country} {...props} />
      ))}
    </ul>
  );
}

/** Figures of one indicator, year and sex in a steady order: those not broken down first. */
const slotOrder = (statistic: RecordedStatistic) =>
  `${statistic.yearStated ? 0 : 1}${statistic.destination ?? ''}\u0000${statistic.phase ?? ''}`;

function StatisticItem({
  statistic,
  index,
  country,
  indicators,
  suggestions,
  onSaved,
  onStale,
}: Props & { statistic: RecordedStatistic; index: number }) {
  const intl = useIntl();
  const figureName = useFigureName();
  const name = useCountryName()(country);
  const [mode, setMode] = useState<'show' | 'edit' | 'delete'>('show');
  const [state, deleteStatistic] = useMutation(DeleteStatisticMutation);
  const what = figureName(statistic.indicator.name, statistic);
  // Two sources may give the same figure different values: the value tells them apart.
  const which = `${what}: ${formatValue(intl.locale, statistic.value)} ${statistic.indicator.unit}`;
  const problems = problemsOf(state.error);
  const problem = problems.conflict
    ? intl.formatMessage({ id: 'countryStatistics.delete.conflict' }, { version: problems.conflict.currentVersion })
    : problems.message;

  const remove = async () => {
    const result = await deleteStatistic(
      { id: statistic.id, expectedVersion: statistic.version },
      { additionalTypenames: STATISTICS_TYPENAMES },
    );
    if (result.data) onSaved(intl.formatMessage({ id: 'countryStatistics.deleted' }, { what, country: name }));
    else if (problemsOf(result.error).conflict) onStale();
  };

  return (
    <li className="ef-outcome" aria-label={which}>
      <FigureWithSource what={what} figure={statistic} />
      {mode === 'edit' ? (
        <StatisticEditor
          statistic={statistic}
          path={`statistics[${index}]`}
          countryCode={country.code}
          indicators={indicators}
          suggestions={suggestions}
          onSaved={(values) => {
            setMode('show');
            const indicator = indicators.find((candidate) => candidate.code === values.indicatorCode);
            onSaved(
              intl.formatMessage(
                { id: 'countryStatistics.corrected' },
                {
                  what: figureName(indicator?.name ?? values.indicatorCode, { ...values, ...breakdownInput(values) }),
                  country: name,
                },
              ),
            );
          }}
          onCancel={() => setMode('show')}
        />
      ) : mode === 'delete' ? (
        <ConfirmDeleteFigure
          which={which}
          deleting={state.fetching}
          onDelete={() => void remove()}
          onKeep={() => setMode('show')}
        />
      ) : (
        <div className="form-actions">
          {ACTIONS.map((action) => (
            <button
              key={action.mode}
              type="button"
              className="secondary"
              aria-label={intl.formatMessage({ id: action.which }, { which })}
              onClick={() => setMode(action.mode)}
            >
              <FormattedMessage id={action.label} />
            </button>
          ))}
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
