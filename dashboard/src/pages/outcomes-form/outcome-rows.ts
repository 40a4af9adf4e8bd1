import { valueProblem, type Sex } from '@atlas/shared';
import { outcomeBatchSchema } from '@atlas/shared/rules';
import type { IntlShape } from 'react-intl';
import { checkedInput } from '../../editing/checked-input';
import { breakdownInput, NO_BREAKDOWN, type FigureBreakdownValues } from '../../editing/figure-breakdown';
import { newKey } from '../../editing/list-keys';
import { blankToNull } from '../../editing/optional-text';
import { formatMessages } from '../../i18n/message-table';
import type { IndicatorChoice, OutcomeInput } from './queries';

/** One new figure as the form holds it, with its breakdown. */
export interface OutcomeRow extends FigureBreakdownValues {
  key: string;
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
  sourceId: string;
  note: string;
}

export function emptyRow(sourceId = ''): OutcomeRow {
  return {
    key: newKey(),
    indicatorCode: '',
    year: null,
    value: null,
    sex: 'TOTAL',
    ...NO_BREAKDOWN,
    sourceId,
    note: '',
  };
}

/**
 * The rows as recordOutcomes takes them, if they pass the API's rules (`@atlas/shared/rules`) and
 * each value fits its indicator's unit (a percentage within 0–100, a count a whole number);
 * otherwise every problem of every row at once, by path (`inputs[1].value`), before anything is sent.
 */
export function checkOutcomes(programId: string, rows: readonly OutcomeRow[], indicators: readonly IndicatorChoice[]) {
  const unitProblems = rows.flatMap((row, i) => {
    const unit = indicators.find((indicator) => indicator.code === row.indicatorCode)?.unit;
    const problem = unit === undefined || row.value === null ? undefined : valueProblem(row.value, unit);
    return problem ? [{ path: `inputs[${i}].value`, ...problem }] : [];
  });
  const inputs = rows.map((row) => ({
    programId,
    indicatorCode: row.indicatorCode,
    year: row.year,
    value: row.value,
    sex: row.sex,
    ...breakdownInput(row),
    sourceId: row.sourceId,
    note: blankToNull(row.note),
  }));
  return checkedInput<OutcomeInput[]>(outcomeBatchSchema, inputs, { argument: 'inputs', extra: unitProblems });
}

/** The labels of the rows' fields, for the problem summary ("Outcome 2 › Value"). */
export function rowLabels(intl: IntlShape, rows: readonly OutcomeRow[]): Record<string, string> {
  const fields = formatMessages(intl, {
    indicatorCode: 'editing.figure.indicator',
    year: 'editing.figure.year',
    value: 'editing.figure.value',
    sex: 'editing.figure.sex',
    yearStated: 'editing.figure.yearStated',
    destination: 'editing.figure.destination',
    phase: 'editing.figure.phase',
    sourceId: 'outcomesForm.field.source',
    note: 'outcomesForm.field.note',
  });
  return Object.fromEntries(
    rows.flatMap((_, i) => {
      const row = intl.formatMessage({ id: 'outcomesForm.new.row' }, { number: i + 1 });
      return Object.entries(fields).map(([field, label]) => [`inputs[${i}].${field}`, `${row} › ${label}`]);
    }),
  );
}
