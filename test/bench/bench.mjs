// `pnpm bench`: the Atlas's throughput and latency on its main workloads, each next to a plain
// node:http server returning the same bytes, measured in the same run. See README.md (Benchmarks)
// for the options; `node bench/bench.mjs --help` lists them.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchDatabase, generateSynthetic, graphql, signInEditor, startAtlas } from './atlas.mjs';
import { runLoad } from './load.mjs';
import { startPlainServer } from './plain-server.mjs';
import { formatReport, machine, writeJson } from './report.mjs';
import { COUNTRY_CODES, DATA_SIZE, FIRST_PRACTICE, httpRequest, workloads } from './workloads.mjs';

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
const LATENCY_TARGETS_MS = { filtered: 50, search: 100 };

function parseOptions() {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(OPTIONS).map((name) => [name, { type: 'string' }])),
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: pnpm bench [--option value …]   (DATABASE_URL=postgres://… for PostgreSQL)\n');
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
  return options;
}

/** One request as a client would send it (a fresh `[<id>]`), its response checked. */
async function sendOnce(url, request) {
  const body = request.body?.replaceAll('[<id>]', `once-${process.hrtime.bigint()}`);
  return graphql(url, { ...request, body });
}

/**
 * Waits until the server has worked through the requests autocannon left in flight when it
 * stopped (one more request queues behind them), so that they do not slow down the next run.
 */
async function settle(url, request) {
  // Only a wait: a failure here (the server's time limit, under overload) is counted in the runs.
  await sendOnce(url, request).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function measure(atlas, workload, token, options) {
  const request = httpRequest(workload, token);
  const first = await sendOnce(atlas.url, request);
  workload.check(first.data);
  const load = { connections: options.connections, duration: options.duration };
  const warmup = { connections: options.connections, duration: options.warmup };
  if (options.warmup > 0) {
    await runLoad(atlas.url, request, warmup);
    await settle(atlas.url, request);
  }
  atlas.windowPeakRss();
  const atlasResult = await runLoad(atlas.url, request, load);
  const peakRssMb = atlas.windowPeakRss();
  await settle(atlas.url, request);
  const plain = await startPlainServer(first.bytes, first.contentType);
  try {
    if (options.warmup > 0) await runLoad(plain.url, request, warmup);
    const plainResult = await runLoad(plain.url, request, load);
    return {
      workload: workload.name,
      method: workload.method,
      responseBytes: first.bytes.length,
      atlas: atlasResult,
      plain: plainResult,
      ratio: atlasResult.requestsPerSecond / plainResult.requestsPerSecond,
      peakRssMb,
    };
  } finally {
    await plain.stop();
  }
}

async function main() {
  const options = parseOptions();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  const cleanups = [() => fs.rmSync(tempDir, { recursive: true, force: true })];
  const cleanup = async () => {
    while (cleanups.length > 0) await cleanups.pop()();
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));
  try {
    const database = await createBenchDatabase(tempDir);
    cleanups.push(database.drop);
    // No rate limit, and a time limit long enough that an overloaded server shows as latency, not errors.
    const env = { ...database.env, ATLAS_RATE_LIMIT: '100000000', ATLAS_REQUEST_TIMEOUT_MS: '60000' };
    env.ATLAS_RESPONSE_CACHE = options.cache;
    if (options.logLevel) env.LOG_LEVEL = options.logLevel;
    if (options.data === 'synthetic') {
      console.error(`Generating ${options.practices} practices and ${options.outcomes} outcomes…`);
      await generateSynthetic(env, options);
    }
    console.error(`Starting the Atlas on ${database.label}…`);
    const atlas = await startAtlas(env, path.join(tempDir, 'server.log'));
    cleanups.push(atlas.stop);
    const token = await signInEditor(atlas.url, env);
    const ask = async (query) => (await graphql(atlas.url, httpRequest({ method: 'POST', query, variables: {} }))).data;
    const size = await ask(DATA_SIZE);
    const practiceId = (await ask(FIRST_PRACTICE)).practices.nodes[0]?.id;
    if (!practiceId) throw new Error('The Atlas has no published practice to benchmark.');
    const countryCodes = (await ask(COUNTRY_CODES)).countries.map((c) => c.code);
    const all = workloads({ practiceId, countryCodes, search: options.search, theme: options.theme });
    const selected = all.filter(
      (w) => options.only.length === 0 || options.only.some((word) => w.name.toLowerCase().includes(word)),
    );

    const results = [];
    for (const workload of selected) {
      console.error(`Measuring ${workload.name} (${workload.method})…`);
      results.push(await measure(atlas, workload, token, options));
    }
    const light = [];
    if (options.lightConnections > 0) {
      for (const workload of selected.filter((w) => w.key && w.method === 'POST')) {
        console.error(`Measuring ${workload.name} under light load…`);
        const request = httpRequest(workload, token);
        const atlasResult = await runLoad(atlas.url, request, {
          connections: options.lightConnections,
          duration: options.duration,
        });
        await settle(atlas.url, request);
        light.push({
          workload: workload.name,
          method: workload.method,
          atlas: atlasResult,
          targetP95Ms: LATENCY_TARGETS_MS[workload.key],
        });
      }
    }

    const require = createRequire(import.meta.url);
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      setup: {
        database: database.dialect,
        databaseLabel: database.label,
        data:
          options.data === 'seed'
            ? 'seed data'
            : `synthetic (${options.practices} practices, ${options.outcomes} outcomes requested)`,
        cache: options.cache,
        logLevel: options.logLevel || 'server default',
        connections: options.connections,
        lightConnections: options.lightConnections,
        duration: options.duration,
        warmup: options.warmup,
        autocannon: require('autocannon/package.json').version,
      },
      dataSize: { practices: size.practices.totalCount, outcomes: size.outcomes.totalCount },
      peakRssMb: atlas.peakRss(),
      results,
      light,
    };
    console.log(formatReport(report));
    console.log(`\nJSON: ${path.relative(process.cwd(), writeJson(report, root))}`);
    if ([...results, ...light].some((r) => r.atlas.errors.total > 0)) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
