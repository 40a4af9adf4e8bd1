import { useIntl } from 'react-intl';
import { useState } from 'react';
import { useMutation } from 'urql';
import { Empty } from '../../components/QueryState';
import { SourceLink } from '../../components/SourceLinks';
import { problemsOf } from '../../editing/mutation-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { formatValue } from '../../format';
import {
  DeleteStatisticMutation,
  STATISTICS_TYPENAMES,
  type IndicatorChoice,
  type RecordedStatistic,
  type StatisticsCountry,
} from './queries';
import { figureName } from './statistic-draft';
import { StatisticEditor } from './StatisticEditor';

interface Props {
  country: StatisticsCountry;
  indicators: readonly IndicatorChoice[];
  suggestions: readonly SourceChoice[];
  /** A change was saved: the confirmation to show, and the page reloads. */
  onSaved(message: string): void;
  /** The list is stale (a conflict): the page reloads. */
  onStale(): void;
}

/** The country's figures by indicator, newest year first, each corrected or deleted in place. */
export function RecordedStatistics({ country, ...props }: Props) {
  if (country.statistics.length === 0) return <Empty>No statistic is recorded for {country.name} yet.</Empty>;
  const sorted = [...country.statistics].sort(
    (a, b) => a.indicator.name.localeCompare(b.indicator.name) || b.year - a.year || a.sex.localeCompare(b.sex),
  );
  return (
    <ul className="ef-outcomes">
      {sorted.map((statistic, index) => (
        <StatisticItem key={statistic.id} statistic={statistic} index={index} country={country} {...props} />
      ))}
    </ul>
  );
}

function StatisticItem({
  statistic,
  index,
  country,
  indicators,
  suggestions,
  onSaved,
  onStale,
}: Props & { statistic: RecordedStatistic; index: number }) {
  const { locale } = useIntl();
  const [mode, setMode] = useState<'show' | 'edit' | 'delete'>('show');
  const [state, deleteStatistic] = useMutation(DeleteStatisticMutation);
  const what = figureName(statistic.indicator.name, statistic.year, statistic.sex);
  // Two sources may give the same figure different values: the value tells them apart.
  const which = `${what}: ${formatValue(locale, statistic.value)} ${statistic.indicator.unit}`;
  const problems = problemsOf(state.error);
  const problem = problems.conflict
    ? `Someone changed this figure since the page was loaded (it is now at version ${problems.conflict.currentVersion}): nothing was deleted. The list is up to date again; decide again.`
    : problems.message;

  const remove = async () => {
    const result = await deleteStatistic(
      { id: statistic.id, expectedVersion: statistic.version },
      { additionalTypenames: STATISTICS_TYPENAMES },
    );
    if (result.data) onSaved(`Deleted: ${what} of ${country.name}. Its history keeps it, to restore.`);
    else if (problemsOf(result.error).conflict) onStale();
  };

  return (
    <li className="ef-outcome" aria-label={which}>
      <p>
        <strong>{what}</strong>: {formatValue(locale, statistic.value)} {statistic.indicator.unit}
        {statistic.note && <span className="meta"> — {statistic.note}</span>}
      </p>
      <p className="meta">
        Source: <SourceLink source={statistic.source} />
      </p>
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
              `Saved: ${figureName(indicator?.name ?? values.indicatorCode, values.year, values.sex)} of ${country.name} corrected.`,
            );
          }}
          onCancel={() => setMode('show')}
        />
      ) : mode === 'delete' ? (
        <div className="ef-confirm" role="group" aria-label={`Delete ${which}?`}>
          <p>Delete this figure? Its history keeps it, and an editor can restore it.</p>
          <button type="button" onClick={() => void remove()} disabled={state.fetching}>
            {state.fetching ? 'Deleting…' : 'Yes, delete it'}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setMode('show')} disabled={state.fetching}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="secondary" aria-label={`Correct ${which}`} onClick={() => setMode('edit')}>
            Correct
          </button>
          <button type="button" className="secondary" aria-label={`Delete ${which}`} onClick={() => setMode('delete')}>
            Delete
          </button>
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
