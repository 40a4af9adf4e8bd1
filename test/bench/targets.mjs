// `pnpm bench` without options: every performance target of docs/performance.md measured in one
// run, on SQLite and (when a server answers) PostgreSQL, on the seed and at 100,000 practices /
// 1,000,000 outcomes, each Atlas figure next to a plain node:http server's in the same run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { CLI_ENTRY, createBenchDatabase, generateSynthetic, runCli } from './atlas.mjs';
import { BOTTLENECKS } from './bottlenecks.mjs';
import { measureConfiguration } from './configuration.mjs';
import { formatReport, machine } from './report.mjs';

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a server listens at the URL's host and port. */
async function reachable(url) {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname || '127.0.0.1', port: Number(port || 5432) });
  socket.setTimeout(2000, () => socket.destroy(new Error('timed out')));
  try {
    await once(socket, 'connect');
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/** The PostgreSQL server to measure on: BENCH_POSTGRES_URL, a postgres:// DATABASE_URL, or the local default. */
export async function postgresToMeasure() {
  const url =
    process.env.BENCH_POSTGRES_URL ??
    (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : DEFAULT_POSTGRES_URL);
  return (await reachable(url)) ? url : null;
}

/** `pnpm cli export` of a database into `file`. */
async function exportTo(env, file) {
  const out = fs.openSync(file, 'w');
  const child = spawn(process.execPath, [CLI_ENTRY, 'export'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', out, 'inherit'],
  });
  fs.closeSync(out);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`pnpm cli export failed (${code})`);
}

/** A dataset of synthetic practices (and as many outcomes) exported once, to import into each database. */
async function importFile(tempDir, practices) {
  const dir = path.join(tempDir, 'import-source');
  fs.mkdirSync(dir);
  const source = await createBenchDatabase(dir, '');
  console.error(`Generating ${practices} practices to export for the import…`);
  await generateSynthetic(source.env, { practices, outcomes: practices });
  const file = path.join(tempDir, 'import.json');
  await exportTo(source.env, file);
  return file;
}

/** Seconds `pnpm cli import` takes to load `file` into a new, empty database. */
async function timeImport(tempDir, url, file) {
  const dir = fs.mkdtempSync(path.join(tempDir, 'import-'));
  const target = await createBenchDatabase(dir, url);
  try {
    console.error(`Importing ${path.basename(file)} into ${target.label}…`);
    const env = { ...target.env, ATLAS_SEED_ON_EMPTY: 'false' };
    await runCli(['migrate'], env);
    const started = process.hrtime.bigint();
    await runCli(['import', file], env);
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await target.drop();
  }
}

/** Measures every target on one database; returns its reports and figures. */
async function measureDatabase(tempDir, url, options) {
  const reports = [];
  const dir = (name) => {
    const folder = path.join(tempDir, `${url ? 'postgresql' : 'sqlite'}-${name}`);
    fs.mkdirSync(folder);
    return folder;
  };
  const run = async (database, settings, name) => {
    const report = await measureConfiguration(database, { ...options, ...settings }, path.join(tempDir, `${name}.log`));
    reports.push(report);
    return report;
  };

  const seedDir = dir('seed');
  const seed = { ...(await createBenchDatabase(seedDir, url ?? '')), data: 'seed data' };
  let seedOff;
  let seedOn;
  try {
    seedOff = await run(seed, { cache: 'off', only: ['practices page'], lightConnections: 0 }, 'seed-off');
    seedOn = await run(seed, { cache: 'on', only: ['search', 'node'], lightConnections: 0 }, 'seed-on');
  } finally {
    await seed.drop();
  }

  const largeDir = dir('large');
  const large = {
    ...(await createBenchDatabase(largeDir, url ?? '')),
    data: `synthetic (${options.practices} practices, ${options.outcomes} outcomes requested)`,
  };
  let largeOff;
  try {
    console.error(`Generating ${options.practices} practices and ${options.outcomes} outcomes…`);
    await generateSynthetic(large.env, options);
    largeOff = await run(large, { cache: 'off', only: [], lightConnections: options.lightConnections }, 'large-off');
  } finally {
    await large.drop();
  }
  return { dialect: url ? 'postgresql' : 'sqlite', reports, seedOff, seedOn, largeOff };
}

const ratioOf = (report, name, method) =>
  report.results.find((r) => r.workload.toLowerCase().includes(name) && r.method === method)?.ratio ?? null;
const p95Of = (report, key) => report.light.find((r) => r.key === key)?.atlas.latency.p95 ?? null;
const peakRssOf = (measured) => Math.max(...measured.reports.map((report) => report.peakRssMb));

/** The targets, each with how to read it off a database's measurements. */
const TARGETS = [
  {
    key: 'pageRatio',
    label: 'practices page, cache off, POST: Atlas ÷ plain',
    goal: 0.1,
    atLeast: true,
    of: (m) => ratioOf(m.seedOff, 'practices page', 'POST'),
    digits: 3,
  },
  {
    key: 'pageRatio',
    label: 'practices page, cache off, GET: Atlas ÷ plain',
    goal: 0.1,
    atLeast: true,
    of: (m) => ratioOf(m.seedOff, 'practices page', 'GET'),
    digits: 3,
  },
  {
    key: 'hitRatio',
    label: 'cached full-text search: Atlas ÷ plain',
    goal: 0.5,
    atLeast: true,
    of: (m) => ratioOf(m.seedOn, 'search', 'POST'),
    digits: 2,
  },
  {
    key: 'hitRatio',
    label: 'cached node: Atlas ÷ plain',
    goal: 0.5,
    atLeast: true,
    of: (m) => ratioOf(m.seedOn, 'node', 'POST'),
    digits: 2,
  },
  {
    key: 'filteredP95',
    label: '100k, cache off: filtered page + facets, p95 ms (light load)',
    goal: 50,
    atLeast: false,
    of: (m) => p95Of(m.largeOff, 'filtered'),
    digits: 0,
  },
  {
    key: 'searchP95',
    label: '100k, cache off: ranked search, p95 ms (light load)',
    goal: 100,
    atLeast: false,
    of: (m) => p95Of(m.largeOff, 'search'),
    digits: 0,
  },
  { key: 'peakRss', label: 'peak server RSS in any workload, MB', goal: 300, atLeast: false, of: peakRssOf, digits: 0 },
  {
    key: 'importSeconds',
    label: 'import of the synthetic practices (and as many outcomes), s: PostgreSQL’s is the target',
    goal: 30,
    atLeast: false,
    of: (m) => m.importSeconds ?? null,
    digits: 1,
    only: 'postgresql',
  },
];

function targetTable(measured) {
  const header = ['target', ...measured.map((m) => m.dialect), 'goal', 'met'];
  const missed = new Set();
  const rows = TARGETS.map((target) => {
    const values = measured.map((m) => target.of(m));
    const judged = measured
      .map((m, index) => ({ dialect: m.dialect, value: values[index] }))
      .filter(({ dialect }) => !target.only || dialect === target.only);
    const met = judged.every(
      ({ value }) => value !== null && (target.atLeast ? value >= target.goal : value <= target.goal),
    );
    if (!met) missed.add(target.key);
    return [
      target.label,
      ...values.map((value) => (value === null ? '–' : value.toFixed(target.digits))),
      `${target.atLeast ? '≥' : '≤'} ${target.goal}`,
      met ? 'yes' : '**no**',
    ];
  });
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const table = [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  return { table, missed };
}

export async function runTargets(options, tempDir) {
  const postgresUrl = await postgresToMeasure();
  const started = machine();
  const measured = [];
  const file = await importFile(tempDir, options.practices);
  for (const url of [null, postgresUrl].filter((url, index) => index === 0 || url)) {
    const figures = await measureDatabase(tempDir, url, options);
    figures.importSeconds = await timeImport(tempDir, url ?? '', file);
    measured.push(figures);
  }
  const { table, missed } = targetTable(measured);
  const m = started;
  const lines = [
    '## pnpm bench — the performance targets',
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}; load average at start ${m.loadAverage.join(' / ')}`,
    `- Databases: ${measured.map((x) => x.dialect).join(', ')}${postgresUrl ? '' : ` (PostgreSQL not measured: no server at ${process.env.BENCH_POSTGRES_URL ?? DEFAULT_POSTGRES_URL})`}`,
    `- Load: ${options.connections} connections (light load ${options.lightConnections}), ${options.duration} s per run after ${options.warmup} s of warm-up; the plain server measured right after the Atlas in each workload`,
    '',
    table,
  ];
  if (missed.size > 0) {
    lines.push(
      '',
      'Targets missed, their measured bottleneck and what was tried (docs/performance.md has the measurements):',
      '',
    );
    for (const key of missed) lines.push(`- ${BOTTLENECKS[key]}`);
  }
  lines.push('', '### Every configuration measured');
  for (const figures of measured) for (const report of figures.reports) lines.push('', formatReport(report));
  return { text: lines.join('\n'), reports: measured.flatMap((figures) => figures.reports), missed };
}
