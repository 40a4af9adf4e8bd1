import path from 'node:path';
import { translationRecord } from '../seed/seed-translations';
import type { TranslationRecord } from './translations';
import { idSuffix, parseRecords, type RecordLocator } from '../seed/load-seed';
import type { SeedFileName, SeedRecord } from '../seed/seed-schema';
import { CSV_KINDS, readCsv, type CsvKind } from './csv';
import { CITATION_KEYS, DOCUMENT_FORMAT, DOCUMENT_VERSION, TRANSFER_KINDS, type TransferData } from './document';

/** Records of an import file that passed the schemas, how to name each, and every problem found. */
export interface ImportInput {
  data: TransferData;
  /** Names a record of `data` by its place in the file (records that failed the schemas are not in `data`). */
  locate: RecordLocator;
  problems: string[];
}

/** "practices[3] (key)", "translations[0] (programs key)": the path of a record in the JSON document. */
const jsonLocator: RecordLocator = (kind, index, record) =>
  `${kind}[${index}]${kind === 'translations' ? translationSuffix(record) : idSuffix(record)}`;

function translationSuffix(record: unknown): string {
  const { kind, key } = (record ?? {}) as Record<string, unknown>;
  return ` (${String(kind)} ${String(key)})`;
}

/** Reads an import file: a JSON document of any kinds, or `practices.csv` / `outcomes.csv`. */
export function readImportFile(file: string, text: string, csvKind?: CsvKind): ImportInput {
  if (path.extname(file).toLowerCase() === '.csv') {
    const kind = csvKind ?? CSV_KINDS.find((k) => path.basename(file).toLowerCase().startsWith(k));
    if (!kind) {
      return {
        data: {},
        locate: jsonLocator,
        problems: [
          `${file}: name the kind of its records (--kind ${CSV_KINDS.join('|')}, or a file name ${CSV_KINDS.map((k) => `${k}.csv`).join(' or ')})`,
        ],
      };
    }
    return readCsvInput(text, kind);
  }
  return readJsonDocument(text);
}

export function readJsonDocument(text: string): ImportInput {
  const problems: string[] = [];
  const positions: Partial<Record<SeedFileName | 'translations', number[]>> = {};
  const input: ImportInput = { data: {}, locate: inFile(jsonLocator, positions), problems };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    problems.push(`not valid JSON: ${(error as Error).message}`);
    return input;
  }
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    problems.push('must be a JSON object');
    return input;
  }
  const fields = document as Record<string, unknown>;
  if (fields.format !== DOCUMENT_FORMAT) problems.push(`format: must be "${DOCUMENT_FORMAT}"`);
  if (fields.version !== DOCUMENT_VERSION) problems.push(`version: must be ${DOCUMENT_VERSION}`);
  const kinds: readonly string[] = [...TRANSFER_KINDS, 'translations'];
  const header: readonly string[] = ['format', 'version', ...CITATION_KEYS];
  for (const name of Object.keys(fields)) {
    if (!header.includes(name) && !kinds.includes(name)) problems.push(`${name}: unknown kind of record`);
  }
  for (const kind of TRANSFER_KINDS) {
    const records = fields[kind];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      problems.push(`${kind}: must be a list of records`);
      continue;
    }
    parseKind(input.data, kind, records.map(withoutGlobalId), jsonLocator, problems, (positions[kind] = []));
  }
  if (fields.translations !== undefined) {
    input.data.translations = parseTranslations(fields.translations, problems, (positions.translations = []));
  }
  return input;
}

/**
 * A record of the public download (/export/atlas.json) starts with `id`, the API's global ID of the
 * record where it was downloaded from: read, never imported (records refer to each other by key).
 */
function withoutGlobalId(record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record) || !('id' in record)) return record;
  const fields = record as Record<string, unknown>;
  if (typeof fields.id !== 'string') return record;
  const rest = { ...fields };
  delete rest.id;
  return rest;
}

/** Translations as the export writes them (transfer/translations.ts), each problem naming its record. */
function parseTranslations(records: unknown, problems: string[], positions: number[]): TranslationRecord[] {
  if (!Array.isArray(records)) {
    problems.push('translations: must be a list of records');
    return [];
  }
  return records.flatMap((record: unknown, index) => {
    const parsed = translationRecord.safeParse(record);
    if (parsed.success) {
      positions.push(index);
      return [parsed.data];
    }
    const at = jsonLocator('translations', index, record);
    for (const issue of parsed.error.issues) problems.push(`${at}: ${issue.path.join('.')}: ${issue.message}`);
    return [];
  });
}

function readCsvInput(text: string, kind: CsvKind): ImportInput {
  const rows = readCsv(text, kind);
  const locate: RecordLocator = (_kind, index) => `line ${rows.lines[index]}`;
  const positions: Partial<Record<SeedFileName, number[]>> = { [kind]: [] };
  const input: ImportInput = { data: {}, locate: inFile(locate, positions), problems: rows.problems };
  parseKind(input.data, kind, rows.records, locate, input.problems, positions[kind]);
  return input;
}

function parseKind<K extends SeedFileName>(
  data: TransferData,
  kind: K,
  records: unknown[],
  locate: RecordLocator,
  problems: string[],
  positions?: number[],
): void {
  (data as { [F in K]: SeedRecord<F>[] })[kind] = parseRecords(kind, records, locate, problems, positions);
}

/** A locator of valid records, by their place among all the records of the file. */
function inFile(
  locate: RecordLocator,
  positions: Partial<Record<SeedFileName | 'translations', number[]>>,
): RecordLocator {
  return (kind, index, record) => locate(kind, positions[kind]?.[index] ?? index, record);
}
