import type { Sex } from '@atlas/shared';
import { newKey } from '../../editing/list-keys';
import { blankToNull } from '../../editing/optional-text';
import type { OutcomeInput } from './queries';

/** One new figure as the form holds it. */
export interface OutcomeRow {
  key: string;
  indicatorCode: string;
  year: number | null;
  value: number | null;
  sex: `${Sex}`;
  sourceId: string;
  note: string;
}

export function emptyRow(sourceId = ''): OutcomeRow {
  return { key: newKey(), indicatorCode: '', year: null, value: null, sex: 'TOTAL', sourceId, note: '' };
}

/**
 * The rows as recordOutcomes takes them; or, where a row lacks what the API cannot even receive
 * (an indicator, a year, a value, a source), the problems by path, as the API would name them.
 */
export function outcomeInputs(
  programId: string,
  rows: readonly OutcomeRow[],
): { inputs: OutcomeInput[]; missing: Record<string, string> | null } {
  const missing: Record<string, string> = {};
  const inputs: OutcomeInput[] = [];
  rows.forEach((row, i) => {
    const path = `inputs[${i}]`;
    if (row.indicatorCode === '') missing[`${path}.indicatorCode`] = 'choose an indicator';
    if (row.year === null) missing[`${path}.year`] = 'give the year';
    if (row.value === null) missing[`${path}.value`] = 'give the value';
    if (row.sourceId === '') missing[`${path}.sourceId`] = 'choose a source';
    if (row.year === null || row.value === null) return;
    inputs.push({
      programId,
      indicatorCode: row.indicatorCode,
      year: row.year,
      value: row.value,
      sex: row.sex,
      sourceId: row.sourceId,
      note: blankToNull(row.note),
    });
  });
  return { inputs, missing: Object.keys(missing).length > 0 ? missing : null };
}

/** The labels of the rows' fields, for the problem summary ("Outcome 2 › Value"). */
export function rowLabels(rows: readonly OutcomeRow[]): Record<string, string> {
  const fields = {
    indicatorCode: 'Indicator',
    year: 'Year',
    value: 'Value',
    sex: 'Sex',
    sourceId: 'Source',
    note: 'Note',
  };
  return Object.fromEntries(
    rows.flatMap((_, i) =>
      Object.entries(fields).map(([field, label]) => [`inputs[${i}].${field}`, `New outcome ${i + 1} › ${label}`]),
    ),
  );
}
