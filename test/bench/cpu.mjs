// `pnpm bench:cpu`: the server's own CPU time per request (user + system, read from /proc), for each
// workload and for each variant of the server's settings, in one run. Unlike requests per second,
// CPU time per request hardly moves when other processes share the machine, so one change can be
// measured on its own: `--variants ATLAS_COMPILED_QUERIES=off,ATLAS_COMPILED_QUERIES=on`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchDatabase, generateSynthetic, graphql, signInEditor, startAtlas } from './atlas.mjs';
import { COUNTRY_CODES, FIRST_PRACTICE, httpRequest, workloads } from './workloads.mjs';

const { values } = parseArgs({
  options: {
    variants: { type: 'string', default: 'ATLAS_COMPILED_QUERIES=off,ATLAS_COMPILED_QUERIES=on' },
    requests: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string', default: 'practices page,filtered,search,node' },
    cache: { type: 'string', default: 'off' },
    data: { type: 'string', default: 'seed' },
    practices: { type: 'string', default: '100000' },
    outcomes: { type: 'string', default: '1000000' },
  },
});
const requests = Number(values.requests);
const rounds = Number(values.rounds);
// Each variant is NAME=value[+NAME=value…]; "-" is the server as configured.
const variants = values.variants.split(',').map((variant) => ({
  label: variant,
  env: Object.fromEntries(
    variant === '-' ? [] : variant.split('+').map((pair) => pair.split('=').map((part) => part.trim())),
  ),
}));

function cpuMicros(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 per second)
  return ticks * 10_000;
}

async function send(url, request) {
  const body = request.body?.replaceAll('[<id>]', `cpu-${process.hrtime.bigint()}`);
  const response = await fetch(url + request.path, { method: request.method, headers: request.headers, body });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${request.method} ${request.path.slice(0, 60)} → ${response.status}`);
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-cpu-'));
const database = await createBenchDatabase(tempDir);
const results = [];
try {
  const base = {
    ...database.env,
    ATLAS_RATE_LIMIT: '100000000',
    ATLAS_RESPONSE_CACHE: values.cache,
    LOG_LEVEL: 'warn',
  };
  if (values.data === 'synthetic')
    await generateSynthetic(base, { practices: values.practices, outcomes: values.outcomes });
  const atlases = [];
  for (const variant of variants) {
    atlases.push(await startAtlas({ ...base, ...variant.env }, path.join(tempDir, `server-${atlases.length}.log`)));
  }
  const ask = async (query) =>
    (await graphql(atlases[0].url, httpRequest({ method: 'POST', query, variables: {} }))).data;
  const practiceId = (await ask(FIRST_PRACTICE)).practices.nodes[0].id;
  const countryCodes = (await ask(COUNTRY_CODES)).countries.map((c) => c.code);
  const token = await signInEditor(atlases[0].url, base);
  const words = values.only.split(',').map((word) => word.trim().toLowerCase());
  const selected = workloads({ practiceId, countryCodes, search: 'entrepreneur', theme: 'ENTREPRENEURSHIP' }).filter(
    (w) => !w.editor && words.some((word) => w.name.toLowerCase().includes(word)),
  );
  for (const workload of selected) {
    const request = httpRequest(workload, token);
    const best = variants.map(() => Infinity);
    for (let round = 0; round < rounds; round += 1) {
      // Alternated, so that a busy moment of the machine falls on every variant alike.
      for (const [index, atlas] of atlases.entries()) {
        for (let i = 0; i < 20; i += 1) await send(atlas.url, request);
        const before = cpuMicros(atlas.pid);
        for (let i = 0; i < requests; i += 1) await send(atlas.url, request);
        best[index] = Math.min(best[index], (cpuMicros(atlas.pid) - before) / requests);
      }
    }
    results.push({ workload: `${workload.name} (${workload.method})`, micros: best });
    console.error(`${workload.name} (${workload.method}): ${best.map((m) => Math.round(m)).join(' / ')} µs`);
  }
  for (const atlas of atlases) await atlas.stop();
} finally {
  await database.drop();
  fs.rmSync(tempDir, { recursive: true, force: true });
}

console.log(
  `\n## Server CPU time per request, µs (best of ${rounds} rounds of ${requests}; cache ${values.cache}; ${values.data})\n`,
);
console.log(`| workload | ${variants.map((v) => v.label).join(' | ')} |`);
console.log(`| --- | ${variants.map(() => '---').join(' | ')} |`);
for (const { workload, micros } of results) {
  console.log(`| ${workload} | ${micros.map((m) => Math.round(m).toLocaleString('en')).join(' | ')} |`);
}
