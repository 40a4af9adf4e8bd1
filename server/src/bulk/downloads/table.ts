import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Viewer } from '../../access/viewer';
import type { Dialect } from '../../config';
import type { AtlasOrm } from '../../db/orm';

/**
 * A column's type, as the Frictionless Table Schema names it. `array` is a JSON array in one cell
 * (`["ENTREPRENEURSHIP","SKILLS_TRAINING"]`): the one way every CSV of the Atlas writes several values.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'array';

/** What a column's `value` gives: absent (an empty cell), text, a number, a yes/no, or a list of texts. */
export type ColumnValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * One column of a download, defined once: the CSV's header and cells and the data package's field
 * (data-package.ts) both come from here, so the file and its description cannot drift apart.
 */
export interface Column<R> {
  name: string;
  type: ColumnType;
  description: string;
  /** `uri` for addresses. */
  format?: 'uri';
  /** Never empty. */
  required?: boolean;
  /** The values it may hold (each item's, for an `array`), in their declared order. */
  values?: readonly string[];
  value(record: R): ColumnValue;
}

/** A foreign key: `fields` of this table hold `reference.fields` of the table `reference.resource`. */
export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** Where a download is served, for its links and its citation. */
export interface DownloadContext {
  orm: AtlasOrm;
  dialect: Dialect;
  schema: GraphQLSchema;
  viewer: Viewer;
  /** Where the Atlas is served, as the client reached it (`https://atlas.example.org`). */
  siteUrl: string;
}

/**
 * One CSV download (`/export/<name>.csv`) and the data package resource that describes it. `query`
 * holds the request's query parameters other than the byte-order mark's: the table checks them
 * before anything is written (BAD_USER_INPUT naming each bad parameter, answered as 400), and
 * returns the records to write, in order.
 */
export interface DownloadTable<R> {
  /** The resource name, and the file's: `practices` is served as practices.csv. */
  name: string;
  title: string;
  description: string;
  columns: readonly Column<R>[];
  primaryKey: string;
  foreignKeys: readonly ForeignKey[];
  /** What the query parameters may narrow, in words, for the descriptor and the docs; none if nothing. */
  filters?: string;
  records(context: DownloadContext, query: Request['query']): Promise<AsyncIterable<R>>;
}

/** A download whatever its record type: its description (for the data package), and its rows of cells. */
export interface CsvDownload {
  table: Omit<DownloadTable<never>, 'records'>;
  /** The rows to write, by column name; BAD_USER_INPUT (before any row) for a bad query parameter. */
  rows(context: DownloadContext, query: Request['query']): Promise<AsyncIterable<Record<string, string | number>>>;
}

export function csvDownload<R>(table: DownloadTable<R>): CsvDownload {
  return {
    table,
    async rows(context, query) {
      const records = await table.records(context, query);
      return (async function* () {
        for await (const record of records) yield csvRow(table.columns, record);
      })();
    },
  };
}

/** A cell as csv-stringify writes it: lists as JSON arrays, yes/no as `true`/`false`, absent as empty. */
export function cellOf(type: ColumnType, value: ColumnValue): string | number {
  if (value === null || value === undefined) return '';
  if (type === 'array') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as string | number;
}

/** A record as the row of cells csv-stringify writes, by column name. */
export function csvRow<R>(columns: readonly Column<R>[], record: R): Record<string, string | number> {
  return Object.fromEntries(columns.map((column) => [column.name, cellOf(column.type, column.value(record))]));
}
