import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useClient, useMutation } from 'urql';
import { FormProblems } from '../../editing/fields';
import type { MutationProblems } from '../../editing/mutation-problems';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { useSaveProblems } from '../../editing/save-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';
import { problemsAtSourceField } from './source-problems';
import {
  StatisticsFormQuery,
  STATISTICS_TYPENAMES,
  UpdateStatisticMutation,
  type IndicatorChoice,
  type RecordedStatistic,
} from './queries';
import { draftProblems } from './statistic-checks';
import { draftLabels, inputOf, problemLabel, valuesOf, type FigureValues } from './statistic-draft';
import { StatisticFields } from './StatisticFields';
import { ActionOrCancel } from '../../editing/SaveActions';

const versioned = (statistic: RecordedStatistic): Versioned<FigureValues> => ({
  values: valuesOf(statistic),
  version: statistic.version,
});

/** The API names a correction's fields `input.…`; on this page each open editor has a path of its own. */
function scoped(problems: MutationProblems, path: string): MutationProblems {
  const fields = Object.entries(problems.fields).map(([field, message]) => [
    field.replace(/^input\./, `${path}.`),
    message,
  ]);
  return { ...problems, fields: Object.fromEntries(fields) };
}

/**
 * Corrects one stored figure, if nobody changed it meanwhile: otherwise the conflict view keeps the
 * edits, loads the latest version and says what the other save changed.
 */
export function StatisticEditor({
  statistic,
  path,
  countryCode,
  indicators,
  suggestions,
  onSaved,
  onCancel,
}: {
  statistic: RecordedStatistic;
  /** The path of its fields on the page (`statistics[3]`). */
  path: string;
  countryCode: string;
  indicators: readonly IndicatorChoice[];
  suggestions: readonly SourceChoice[];
  onSaved(values: FigureValues): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const [loaded] = useState(() => versioned(statistic));
  const [values, setValues] = useState(loaded.values);
  const [state, update] = useMutation(UpdateStatisticMutation);
  const { problems: saveProblems, setMissing } = useSaveProblems(state.error);
  const problems = useMemo(() => problemsAtSourceField(scoped(saveProblems, path)), [saveProblems, path]);
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: draftLabels(intl),
    values,
    setValues,
    fetchLatest: async () => {
      const latest = await client
        .query(StatisticsFormQuery, { code: countryCode }, { requestPolicy: 'network-only' })
        .toPromise();
      const now = latest.data?.country?.statistics.find((candidate) => candidate.id === statistic.id);
      return now ? versioned(now) : null;
    },
  });
  const unitOf = (code: string) => indicators.find((indicator) => indicator.code === code)?.unit;
  const labels = Object.fromEntries(
    Object.keys(problems.fields).flatMap((field) => {
      const label = problemLabel(intl, field, () => '');
      return label ? [[field, label]] : [];
    }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = draftProblems(values, unitOf, 'input');
    const found = Object.keys(missing.fields).length > 0 ? missing : null;
    setMissing(found);
    if (found) return;
    conflict.saving();
    const result = await update(
      { id: statistic.id, input: inputOf(values), expectedVersion: conflict.expectedVersion },
      { additionalTypenames: STATISTICS_TYPENAMES },
    );
    if (result.data) onSaved(values);
  };

  return (
    <form
      noValidate
      onSubmit={submit}
      className="ef-statistic-editor"
      aria-label={intl.formatMessage({ id: 'countryStatistics.correct.label' })}
    >
      {conflict.notice('countryStatistics.what.statistic', problems)}
      <ProblemSummary problems={problems} labels={labels} />
      <FormProblems problems={problems}>
        <StatisticFields
          path={path}
          value={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          indicators={indicators}
          suggestions={suggestions}
        />
      </FormProblems>
      <ActionOrCancel
        label={intl.formatMessage({ id: 'countryStatistics.correct.save' })}
        busyLabel={intl.formatMessage({ id: 'countryStatistics.correct.saving' })}
        busy={state.fetching}
        onCancel={onCancel}
      />
    </form>
  );
}
