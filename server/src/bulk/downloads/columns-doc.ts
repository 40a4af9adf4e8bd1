import { CSV_DOWNLOADS } from './download-tables';
import { fieldOf } from './data-package';
import type { CsvDownload } from './table';

/**
 * The part of docs/downloads.md that describes each CSV (its rows, keys, filters and columns), made
 * from the definitions the CSVs are written with; columns-doc.test.ts keeps the document in step.
 */
export function downloadsMarkdown(): string {
  return CSV_DOWNLOADS.map(downloadMarkdown).join('\n\n');
}

function downloadMarkdown(download: CsvDownload): string {
  const { table } = download;
  const foreignKeys = table.foreignKeys.map(
    (key) => `\`${key.fields}\` → \`${key.reference.fields}\` of ${key.reference.resource}.csv`,
  );
  const about = [
    `${table.description}`,
    `Primary key: \`${table.primaryKey}\`${foreignKeys.length ? `; foreign keys: ${foreignKeys.join(', ')}` : ''}.`,
    table.filters ? `Query parameters: ${table.filters}.` : 'No query parameters but `bom`.',
  ].join(' ');
  return [`### ${table.name}.csv`, '', about, '', columnsMarkdown(download)].join('\n');
}

function columnsMarkdown({ table }: CsvDownload): string {
  const rows = table.columns.map((column) => {
    const field = fieldOf(column, column.name === table.primaryKey);
    const notes = [
      field.constraints?.required ? 'never empty' : '',
      field.constraints?.unique ? 'unique' : '',
      field.constraints?.enum ? `one of ${field.constraints.enum.map((v) => `\`${v}\``).join(', ')}` : '',
    ].filter(Boolean);
    const description = `${field.description}${notes.length ? ` (${notes.join('; ')})` : ''}`;
    const type = `${field.type}${field.format ? ` (${field.format})` : ''}`;
    return `| \`${field.name}\` | ${type} | ${description.replace(/\|/g, '\\|')} |`;
  });
  return ['| column | type | description |', '| --- | --- | --- |', ...rows].join('\n');
}
