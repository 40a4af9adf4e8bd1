import { parse } from 'csv-parse/sync';
import { practiceRecord, outcomeRecord } from '../seed/seed-schema';

/** The kinds that can be imported from CSV: one row per record, a header row of field names. */
export const CSV_KINDS = ['practices', 'outcomes'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

const COLUMNS: Record<CsvKind, string[]> = {
  practices: Object.keys(practiceRecord.shape),
  outcomes: Object.keys(outcomeRecord.shape),
};

/** Cells holding several values, separated by `;`. */
const LIST_FIELDS = new Set(['themes', 'dimensions', 'levels', 'stakeholders', 'targetGroups', 'partners', 'sources']);
const NUMBER_FIELDS = new Set(['year', 'value']);
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export interface CsvRows {
  /** Each row as a record for the seed schema (not yet validated). */
  records: Record<string, unknown>[];
  /** The line of the file each record starts on (the header is line 1). */
  lines: number[];
  problems: string[];
}

export function readCsv(text: string, kind: CsvKind): CsvRows {
  const result: CsvRows = { records: [], lines: [], problems: [] };
  let rows: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true, raw: true });
  } catch (error) {
    result.problems.push((error as Error).message);
    return result;
  }
  const header = rows[0] ? Object.keys(rows[0].record) : [];
  const unknown = header.filter((column) => !COLUMNS[kind].includes(column));
  if (unknown.length) {
    result.problems.push(
      `line 1: unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; ${kind} have: ${COLUMNS[kind].join(', ')}`,
    );
    return result;
  }
  for (const row of rows) {
    result.records.push(recordOf(row.record));
    result.lines.push(startLine(row.raw, row.info.lines));
  }
  return result;
}

/** Empty cells are absent fields; lists are split on `;`; numbers are numbers where they look like one. */
function recordOf(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, cell] of Object.entries(row)) {
    const value = cell.trim();
    if (LIST_FIELDS.has(field)) {
      record[field] = value
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    } else if (value === '') {
      continue;
    } else if (NUMBER_FIELDS.has(field) && NUMBER.test(value)) {
      record[field] = Number(value);
    } else {
      record[field] = value;
    }
  }
  return record;
}

/** csv-parse reports the line a record ends on; quoted cells may span lines and empty lines precede it. */
function startLine(raw: string, endLine: number): number {
  const recordText = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (recordText.match(/\n/g)?.length ?? 0);
}
