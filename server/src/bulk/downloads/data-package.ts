import {
  ATLAS_DESCRIPTION,
  ATLAS_NAME,
  CITE_SOURCES_NOTE,
  citation,
  LICENCE,
  LICENCE_NOTE,
  LICENCE_URL,
} from '../../about/about';
import { CSV_DOWNLOADS } from './download-tables';
import type { Column, CsvDownload } from './table';

/** A field of a Frictionless Table Schema. */
interface TableSchemaField {
  name: string;
  type: Column<never>['type'];
  description: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[] };
}

/** How the Atlas writes every CSV (csv-stringifier.ts), as a Frictionless CSV Dialect says it. */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/** What the descriptor says of the list cells, once for every table. */
export const LIST_CELLS_NOTE =
  'A column of type `array` holds its values as a JSON array in one cell (`["ENTREPRENEURSHIP","SKILLS_TRAINING"]`, ' +
  '`[]` when there are none), which no text inside it can be mistaken for a separator of.';

/**
 * /export/datapackage.json: the CSV downloads as a Frictionless Tabular Data Package
 * (https://specs.frictionlessdata.io/tabular-data-package/), every resource with its path beside
 * the descriptor, every column with its name, type and description (from the very definitions the
 * CSVs are written with: table.ts), primary and foreign keys, and the licence. The paths are the
 * unfiltered downloads, the public view.
 */
export function dataPackage(siteUrl: string): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'reintegration-atlas',
    title: ATLAS_NAME,
    description: `${ATLAS_DESCRIPTION} ${LIST_CELLS_NOTE}`,
    homepage: `${siteUrl}/`,
    citation: citation(`${siteUrl}/`),
    citeSourcesNote: CITE_SOURCES_NOTE,
    licenses: [{ name: 'CC-BY-4.0', path: LICENCE_URL, title: LICENCE }],
    licenceNote: LICENCE_NOTE,
    resources: CSV_DOWNLOADS.map(resourceOf),
  };
}

function resourceOf({ table }: CsvDownload): Record<string, unknown> {
  const narrowed = table.filters
    ? ` Query parameters narrow it (${table.filters}); the file listed here is the whole public view.`
    : '';
  return {
    profile: 'tabular-data-resource',
    name: table.name,
    path: `${table.name}.csv`,
    title: table.title,
    description: `${table.description}${narrowed}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: {
      fields: table.columns.map((column) => fieldOf(column, column.name === table.primaryKey)),
      missingValues: [''],
      primaryKey: table.primaryKey,
      // The profile wants at least one foreign key where the property is given.
      ...(table.foreignKeys.length > 0 && { foreignKeys: table.foreignKeys }),
    },
  };
}

export function fieldOf(column: Column<never>, primaryKey = false): TableSchemaField {
  const eachOf = column.type === 'array' && column.values ? ` Each item one of: ${column.values.join(', ')}.` : '';
  const constraints = {
    ...(column.required && { required: true }),
    ...(primaryKey && { unique: true }),
    ...(column.type === 'string' && column.values && { enum: column.values }),
  };
  return {
    name: column.name,
    type: column.type,
    description: `${column.description}${eachOf}`,
    ...(column.format && { format: column.format }),
    ...(Object.keys(constraints).length > 0 && { constraints }),
  };
}
