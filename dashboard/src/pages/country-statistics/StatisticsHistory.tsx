import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { ErrorState, Loading } from '../../components/QueryState';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { HistorySection, RevisionList } from '../../history/HistoryPanel';
import type { RevisionEntry } from '../../history/queries';
import { StatisticRevisionsQuery, STATISTICS_TYPENAMES, type IndicatorChoice } from './queries';
import { useFigureName } from './figure-name';

interface HistoryProps {
  code: string;
  indicators: readonly IndicatorChoice[];
  onRestored(): void;
}

/**
 * The history of a country's statistics, deleted ones included: each change titled by its figure,
 * with its restores — a deleted figure back, an edited one to an earlier state, an added one removed.
 */
export function StatisticsHistory({ code, indicators, onRestored }: HistoryProps) {
  const intl = useIntl();
  const editor = useHasRole(EDITORS);
  if (!editor) return null;
  return (
    <HistorySection heading={intl.formatMessage({ id: 'countryStatistics.history' })}>
      {() => <Revisions code={code} indicators={indicators} onRestored={onRestored} />}
    </HistorySection>
  );
}

function Revisions({ code, indicators, onRestored }: HistoryProps) {
  const intl = useIntl();
  const figureName = useFigureName();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: StatisticRevisionsQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (!data?.country) return <Loading what="countryStatistics.history.what" />;
  const titleOf = (revision: RevisionEntry) => {
    const state = (revision.after ?? revision.before ?? {}) as Record<string, unknown>;
    const code = String(state.indicatorCode ?? '');
    const name = indicators.find((indicator) => indicator.code === code)?.name ?? code;
    const text = (field: string) => (typeof state[field] === 'string' ? (state[field] as string) : null);
    return figureName(name, {
      year: typeof state.year === 'number' ? state.year : null,
      sex: state.sex === 'FEMALE' || state.sex === 'MALE' ? state.sex : 'TOTAL',
      yearStated: state.yearStated !== false,
      destination: text('destination'),
      phase: text('phase'),
    });
  };
  return (
    <RevisionList
      revisions={data.country.statisticRevisions}
      fetching={fetching}
      reload={reload}
      onRestored={onRestored}
      titleOf={titleOf}
      removable
      additionalTypenames={STATISTICS_TYPENAMES}
      empty={intl.formatMessage({ id: 'countryStatistics.history.none' })}
    />
  );
}
