import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { useCountryName } from '../../components/country-name';
import { FormProblems } from '../../editing/fields';
import { ProblemSummary } from '../../editing/ProblemSummary';
import { useSaveProblems } from '../../editing/save-problems';
import type { SourceChoice } from '../../editing/source-choice';
import { problemsAtSourceField } from './source-problems';
import {
  RecordStatisticsMutation,
  STATISTICS_TYPENAMES,
  type IndicatorChoice,
  type StatisticsCountry,
} from './queries';
import { rowsProblems } from './statistic-checks';
import { emptyDraft, inputOf, problemLabel, type StatisticDraft } from './statistic-draft';
import { StatisticFields } from './StatisticFields';
import { t } from '../../i18n/message';

/** New figures, several at once, all recorded or none; each checked before it is sent. */
export function NewStatistics({
  country,
  indicators,
  suggestions,
  onSaved,
}: {
  country: Pick<StatisticsCountry, 'code' | 'name'>;
  indicators: readonly IndicatorChoice[];
  suggestions: readonly SourceChoice[];
  onSaved(message: string): void;
}) {
  const intl = useIntl();
  const countryName = useCountryName();
  const rowName = (index: number) => intl.formatMessage({ id: 'countryStatistics.new.row' }, { number: index + 1 });
  const [rows, setRows] = useState(() => [emptyDraft()]);
  const [state, record] = useMutation(RecordStatisticsMutation);
  const { problems: saveProblems, setMissing } = useSaveProblems(state.error);
  const problems = useMemo(() => problemsAtSourceField(saveProblems), [saveProblems]);
  const unitOf = (code: string) => indicators.find((indicator) => indicator.code === code)?.unit;
  const labels = Object.fromEntries(
    Object.keys(problems.fields).flatMap((path) => {
      const label = problemLabel(intl, path, rowName);
      return label ? [[path, label]] : [];
    }),
  );

  const update = (index: number, change: Partial<StatisticDraft>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = rowsProblems(rows, unitOf);
    setMissing(missing);
    if (missing) return;
    const result = await record(
      { code: country.code, rows: rows.map(inputOf) },
      { additionalTypenames: STATISTICS_TYPENAMES },
    );
    if (result.data) {
      const added = result.data.recordCountryStatistics.length;
      setRows([emptyDraft()]);
      onSaved(
        intl.formatMessage({ id: 'countryStatistics.new.saved' }, { count: added, country: countryName(country) }),
      );
    }
  };

  return (
    <section aria-labelledby="statistics-new">
      <h2 id="statistics-new">{t('countryStatistics.new')}</h2>
      <p className="meta">{t('countryStatistics.new.explanation')}</p>
      <form noValidate onSubmit={submit} className="ef-form">
        <ProblemSummary problems={problems} labels={labels} />
        <FormProblems problems={problems}>
          {rows.map((row, index) => (
            <fieldset key={row.key} className="ef-outcome-row ef-statistic-row">
              <legend>{rowName(index)}</legend>
              <StatisticFields
                path={`rows[${index}]`}
                value={row}
                onChange={(change) => update(index, change)}
                indicators={indicators}
                suggestions={suggestions}
              />
              {rows.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  {t('countryStatistics.new.removeRow', { number: index + 1 })}
                </button>
              )}
            </fieldset>
          ))}
        </FormProblems>
        <div className="form-actions">
          <button type="button" className="secondary" onClick={() => setRows((current) => [...current, emptyDraft()])}>
            {t('countryStatistics.new.addRow')}
          </button>
          <button type="submit" disabled={state.fetching}>
            {state.fetching
              ? t('countryStatistics.new.adding')
              : t('countryStatistics.new.add', { count: rows.length })}
          </button>
        </div>
      </form>
    </section>
  );
}
