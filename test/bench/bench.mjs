// `pnpm bench`: the Atlas's throughput and latency on its main workloads, each next to a plain
// node:http server returning the same bytes, measured in the same run. Without options it measures
// every performance target (targets.mjs); with --data, --cache or --only, that one configuration.
// See README.md (Benchmarks); `node bench/bench.mjs --help` lists the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchDatabase, generateSynthetic } from './atlas.mjs';
import { measureConfiguration } from './configuration.mjs';
import { formatReport, writeJson } from './report.mjs';
import { runTargets } from './targets.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

// Each option also reads BENCH_<NAME> from the environment (BENCH_DURATION=5).
const OPTIONS = {
  data: { default: 'seed', help: 'seed (the real seed data) or synthetic (pnpm cli generate first)' },
  practices: { default: '100000', help: 'synthetic practices to generate' },
  outcomes: { default: '1000000', help: 'synthetic outcomes to generate' },
  duration: { default: '8', help: 'seconds per measured run' },
  warmup: { default: '2', help: 'seconds of warm-up before each measured run' },
  connections: { default: '50', help: 'concurrent connections of the throughput runs' },
  'light-connections': { default: '4', help: 'connections of the light-load latency runs (0: skip them)' },
  cache: { default: 'on', help: 'on or off: ATLAS_RESPONSE_CACHE of the server' },
  'log-level': { default: '', help: 'LOG_LEVEL of the server (default: the server’s own, info)' },
  search: { default: 'entrepreneur', help: 'the full-text search term' },
  theme: { default: 'ENTREPRENEURSHIP', help: 'the theme of the filtered page' },
  only: { default: '', help: 'only the workloads whose name contains one of these comma-separated words' },
};
/** Options that choose one configuration; without any of them, `pnpm bench` measures the targets. */
const SINGLE = ['data', 'cache', 'only'];

function parseOptions() {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(OPTIONS).map((name) => [name, { type: 'string' }])),
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: pnpm bench                     every target, on SQLite and PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test)\n' +
        '       pnpm bench --data … --cache … --only …   one configuration (DATABASE_URL=postgres://… for PostgreSQL)\n',
    );
    for (const [name, { default: def, help }] of Object.entries(OPTIONS)) {
      console.log(`  --${name.padEnd(18)} ${help}${def ? ` (default ${def})` : ''}`);
    }
    process.exit(0);
  }
  const option = (name) =>
    values[name] ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`] ?? OPTIONS[name].default;
  const number = (name) => {
    const value = Number(option(name));
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${name} must be a whole number, got "${option(name)}"`);
    return value;
  };
  const options = {
    data: option('data'),
    practices: number('practices'),
    outcomes: number('outcomes'),
    duration: number('duration'),
    warmup: number('warmup'),
    connections: number('connections'),
    lightConnections: number('light-connections'),
    cache: option('cache'),
    logLevel: option('log-level'),
    search: option('search'),
    theme: option('theme'),
    only: option('only')
      .split(',')
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean),
  };
  if (!['seed', 'synthetic'].includes(options.data)) throw new Error(`--data must be seed or synthetic`);
  if (!['on', 'off'].includes(options.cache)) throw new Error(`--cache must be on or off`);
  if (options.duration < 1 || options.connections < 1) throw new Error('--duration and --connections must be ≥ 1');
  const single = SINGLE.some(
    (name) => values[name] !== undefined || process.env[`BENCH_${name.toUpperCase()}`] !== undefined,
  );
  return { options, single };
}

async function main() {
  const { options, single } = parseOptions();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  const cleanups = [() => fs.rmSync(tempDir, { recursive: true, force: true })];
  const cleanup = async () => {
    while (cleanups.length > 0) await cleanups.pop()();
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));
  try {
    if (!single) {
      const { text, reports } = await runTargets(options, tempDir);
      console.log(text);
      for (const [index, report] of reports.entries()) {
        const name = `${report.setup.database}-${index + 1}-cache-${report.setup.cache}`;
        console.error(`JSON: ${path.relative(process.cwd(), writeJson(report, root, name))}`);
      }
      if (reports.some((r) => [...r.results, ...r.light].some((x) => x.atlas.errors.total > 0))) process.exitCode = 1;
      return;
    }
    const database = await createBenchDatabase(tempDir);
    cleanups.push(database.drop);
    database.data =
      options.data === 'seed'
        ? 'seed data'
        : `synthetic (${options.practices} practices, ${options.outcomes} outcomes requested)`;
    if (options.data === 'synthetic') {
      console.error(`Generating ${options.practices} practices and ${options.outcomes} outcomes…`);
      await generateSynthetic(database.env, options);
    }
    const report = await measureConfiguration(database, options, path.join(tempDir, 'server.log'));
    console.log(formatReport(report));
    console.log(`\nJSON: ${path.relative(process.cwd(), writeJson(report, root))}`);
    if ([...report.results, ...report.light].some((r) => r.atlas.errors.total > 0)) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
