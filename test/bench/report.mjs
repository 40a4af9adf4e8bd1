// What `pnpm bench` prints (the machine, the setup, markdown tables) and the JSON file it writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const cell = (value) => (value === null || value === undefined ? '–' : String(value));

function table(header, rows) {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** The whole report as markdown. */
export function formatReport(report) {
  const { setup } = report;
  const m = report.machine;
  const lines = [
    `## pnpm bench — ${setup.database}, ${setup.data}, cache ${setup.cache}`,
    '',
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node} (${m.platform}); load average at start ${m.loadAverage.join(' / ')}`,
    `- Database: ${setup.databaseLabel}`,
    `- Data: ${report.dataSize.practices} published practices, ${report.dataSize.outcomes} outcomes (${setup.data})`,
    `- Response cache: ${setup.cache}; log level: ${setup.logLevel}`,
    `- Load: ${setup.connections} connections, ${setup.duration} s per run after a ${setup.warmup} s warm-up; autocannon ${setup.autocannon}; Atlas and plain server measured one after the other for each workload`,
    `- Server peak RSS: ${report.peakRssMb} MB`,
    '',
    table(
      [
        'workload',
        'method',
        'Atlas req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'plain req/s',
        'ratio',
        'peak RSS MB',
        'errors',
      ],
      report.results.map((r) => [
        r.workload,
        r.method,
        r.atlas.requestsPerSecond,
        r.atlas.latency.p50,
        r.atlas.latency.p95,
        r.atlas.latency.p99,
        r.plain.requestsPerSecond,
        r.ratio.toFixed(3),
        r.peakRssMb,
        errorCell(r.atlas.errors),
      ]),
    ),
  ];
  if (report.light.length > 0) {
    lines.push(
      '',
      `Light load (latency targets): ${report.light[0].atlas.connections} connections, ${setup.duration} s` +
        (setup.cache === 'on'
          ? ' — cache on: repeated requests are cache hits; `--cache off` measures the database'
          : ''),
      '',
      table(
        ['workload', 'method', 'Atlas req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 target ms', 'met', 'errors'],
        report.light.map((r) => [
          r.workload,
          r.method,
          r.atlas.requestsPerSecond,
          r.atlas.latency.p50,
          r.atlas.latency.p95,
          r.atlas.latency.p99,
          r.targetP95Ms,
          r.atlas.latency.p95 !== null && r.atlas.latency.p95 <= r.targetP95Ms ? 'yes' : '**NO**',
          errorCell(r.atlas.errors),
        ]),
      ),
    );
  }
  // A closed loop needs runs much longer than a response: in the first response time, nothing completes.
  const short = report.results.filter((r) => (r.atlas.latency.p50 ?? Infinity) > (setup.duration * 1000) / 10);
  if (short.length > 0) {
    lines.push(
      '',
      `Too short for these (p50 over a tenth of the ${setup.duration} s run, so req/s is underestimated; ` +
        `use a longer --duration): ${short.map((r) => `${r.workload} (${r.method})`).join(', ')}.`,
    );
  }
  const failed = [...report.results, ...report.light].filter((r) => r.atlas.errors.total > 0);
  if (failed.length > 0) {
    lines.push('', '**Workloads with errors** (their numbers do not count):');
    for (const r of failed) {
      lines.push(
        `- ${r.workload} (${r.method}): ${JSON.stringify(r.atlas.errors)}; first: ${r.atlas.firstError ?? '–'}`,
      );
    }
  }
  return lines.join('\n');
}

function errorCell(errors) {
  return errors.total === 0 ? '0' : `**${errors.total}** ⚠`;
}

/** Writes the report as JSON into test-output/; returns the file's path. */
export function writeJson(report, root, name = report.setup.database) {
  const dir = path.join(root, 'test-output');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `bench-${name}-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
