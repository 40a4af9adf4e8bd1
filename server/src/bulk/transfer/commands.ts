import { once } from 'node:events';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/orm';
import { CSV_KINDS, type CsvKind } from './csv';
import { exportChunks } from './export';
import { importAtlas, type ImportCounts } from './import';
import { readImportFile } from './read-input';

/** `pnpm cli export`: the whole dataset as one JSON document on stdout, streamed. */
export async function runExport(): Promise<number> {
  const orm = await openDatabase(loadConfig());
  try {
    // Written as it is read, at the pace stdout takes it: memory stays flat at any size.
    for await (const chunk of exportChunks(orm)) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
    await new Promise<void>((resolve, reject) =>
      process.stdout.write('', (error) => (error ? reject(error) : resolve())),
    );
    return 0;
  } finally {
    await orm.close();
  }
}

/** `pnpm cli import <file>`: an export (JSON), or practices or outcomes as CSV; all or nothing. */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { kind: { type: 'string' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(`Usage: pnpm cli import <file.json | practices.csv | outcomes.csv> [--kind ${CSV_KINDS.join('|')}]`);
    return 2;
  }
  const csvKind = values.kind as CsvKind | undefined;
  if (csvKind !== undefined && !CSV_KINDS.includes(csvKind)) {
    console.error(`--kind must be one of ${CSV_KINDS.join(', ')}.`);
    return 2;
  }
  const input = readImportFile(file, fs.readFileSync(file, 'utf8'), csvKind);
  const orm = await openDatabase(loadConfig());
  try {
    const result = await importAtlas(orm, input, { progress: (line) => console.error(line) });
    if (!result.ok) {
      console.error(`${file} has ${result.problems.length} problem(s); nothing was imported:`);
      for (const problem of result.problems) console.error(`  - ${problem}`);
      return 1;
    }
    console.error(`Imported ${file}:`);
    for (const [kind, counts] of Object.entries(result.counts)) console.error(`  ${kind}: ${describeCounts(counts)}`);
    return 0;
  } finally {
    await orm.close();
  }
}

function describeCounts({ created, updated, unchanged }: ImportCounts): string {
  return `${created} created, ${updated} updated, ${unchanged} unchanged`;
}
