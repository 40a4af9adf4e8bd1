import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/orm';
import { seedIfEmpty } from '../seed/seed';
import { describeCounts, generateSynthetic, SyntheticDataExists } from './generate';

export const GENERATE_USAGE =
  'generate [--practices 10000] [--outcomes 100000] [--programs 2000] [--seed 1] [--replace] [--force]: add synthetic load-test records (labelled [Synthetic], citing one synthetic source) on top of the real seed; no revisions';

const COUNTS = { practices: 10_000, outcomes: 100_000, programs: 2_000, seed: 1 } as const;

/** `pnpm cli generate`: synthetic records for load tests, in one transaction. */
export async function runGenerate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      practices: { type: 'string' },
      outcomes: { type: 'string' },
      programs: { type: 'string' },
      seed: { type: 'string' },
      replace: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  const numbers: Partial<Record<keyof typeof COUNTS, number>> = {};
  for (const name of Object.keys(COUNTS) as (keyof typeof COUNTS)[]) {
    const given = values[name];
    if (given !== undefined && !/^\d+$/.test(given)) {
      console.error(`--${name} must be a whole number, got "${given}".\nUsage: pnpm cli ${GENERATE_USAGE}`);
      return 2;
    }
    numbers[name] = given === undefined ? COUNTS[name] : Number(given);
  }
  const config = loadConfig();
  if (config.production && !values.force) {
    console.error(
      'NODE_ENV=production: synthetic records do not belong in a production database. Pass --force if this is a copy for load tests.',
    );
    return 1;
  }
  const orm = await openDatabase(config);
  try {
    if (await seedIfEmpty(orm)) console.error('The database was empty: loaded the real seed first.');
    const result = await generateSynthetic(orm, config.dialect, {
      programs: numbers.programs!,
      practices: numbers.practices!,
      outcomes: numbers.outcomes!,
      seed: numbers.seed!,
      replace: values.replace,
      progress: (line) => console.error(line),
    });
    if (result.removed) console.log(`Removed the earlier synthetic records: ${describeCounts(result.removed)}.`);
    console.log(
      `Generated ${describeCounts(result.created)} (seed ${numbers.seed}) in ${result.seconds.toFixed(1)} s, all labelled synthetic; no revisions written.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof SyntheticDataExists) && !(error instanceof RangeError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await orm.close();
  }
}
