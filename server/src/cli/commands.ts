import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runUserCommand, USER_USAGE } from './user-command';
import { loadConfig } from '../config';
import { openDatabase } from '../db/orm';
import { printAtlasSchema, SCHEMA_FILE } from '../assembly/schema-file';
import { checkSeedAgainstReference } from '../bulk/seed/data-truth/seed-check';
import { loadSeedTranslations } from '../bulk/seed/seed-translations';
import { loadSeed, SeedError } from '../bulk/seed/load-seed';
import { seedIfEmpty } from '../bulk/seed/seed';
import { GENERATE_USAGE, runGenerate } from '../bulk/synthetic/generate-command';
import { runExport, runImport } from '../bulk/transfer/commands';
import { PRINT_USAGE, runPrint } from '../print/print-command';
import { runSnapshot, SNAPSHOT_USAGE } from '../snapshot/snapshot-command';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  user: {
    summary: USER_USAGE,
    run: (args) => runUserCommand(args),
  },
  migrate: {
    summary: 'Bring the database (DATABASE_URL, or the SQLite file) up to date',
    async run() {
      const orm = await openDatabase(loadConfig());
      const executed = await orm.getMigrator().getExecutedMigrations();
      console.log(`Database is up to date (${executed.length} migrations applied).`);
      await orm.close();
      return 0;
    },
  },
  seed: {
    summary: 'Load the real seed data into an empty database (--check: only validate the files)',
    async run(args) {
      const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
      const data = loadSeed();
      // A seed that fails a check against the reference files is neither loaded nor valid.
      const { checked, problems } = checkSeedAgainstReference(data);
      if (problems.length) {
        console.error(new SeedError(problems).message);
        return 1;
      }
      if (values.check) {
        const translations = loadSeedTranslations(data);
        console.log(
          `Seed data is valid: ${Object.entries(data)
            .map(([k, v]) => `${v.length} ${k}`)
            .join(
              ', ',
            )}, ${translations.length} translations; ${checked} numbers found in the reference entries of their sources.`,
        );
        return 0;
      }
      const orm = await openDatabase(loadConfig());
      try {
        const counts = await seedIfEmpty(orm, data);
        if (!counts) {
          console.error('The database already holds data: the seed goes into an empty database only.');
          return 1;
        }
        console.log(
          `Seeded: ${Object.entries(counts)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ')}.`,
        );
        return 0;
      } finally {
        await orm.close();
      }
    },
  },
  schema: {
    summary: 'Write shared/schema.graphql from the code (--check: fail if it is stale)',
    async run(args) {
      const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false } } });
      const printed = await printAtlasSchema();
      const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
      if (values.check) {
        if (current === printed) return 0;
        console.error(`${SCHEMA_FILE} is stale: run pnpm schema.`);
        return 1;
      }
      fs.writeFileSync(SCHEMA_FILE, printed);
      console.log(`Wrote ${SCHEMA_FILE}${current === printed ? ' (unchanged)' : ''}.`);
      return 0;
    },
  },
  export: {
    summary: 'Write the whole dataset as one JSON document to stdout (pnpm cli export > atlas.json)',
    run: () => runExport(),
  },
  import: {
    summary: 'Import an export (.json), or practices or outcomes (.csv): validated first, then all or nothing',
    run: (args) => runImport(args),
  },
  generate: {
    summary: GENERATE_USAGE,
    run: (args) => runGenerate(args),
  },
  print: {
    summary: PRINT_USAGE,
    run: (args) => runPrint(args),
  },
  snapshot: {
    summary: SNAPSHOT_USAGE,
    run: (args) => runSnapshot(args),
  },
};
