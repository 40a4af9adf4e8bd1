// One configuration of the bench (a database, its data, the server's settings): the server started
// on it, each workload measured next to a plain node:http server returning the same bytes, and the
// light-load latency runs. `pnpm bench` runs one (with options) or the targets' several (without).
import { createRequire } from 'node:module';
import { graphql, signInEditor, startAtlas } from './atlas.mjs';
import { runLoad } from './load.mjs';
import { startPlainServer } from './plain-server.mjs';
import { machine } from './report.mjs';
import { COUNTRY_CODES, DATA_SIZE, FIRST_PRACTICE, httpRequest, workloads } from './workloads.mjs';

export const LATENCY_TARGETS_MS = { filtered: 50, search: 100 };

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

/**
 * Starts the Atlas on `database` with `options.cache`, measures the workloads `options.only`
 * selects (all when empty) and, with `options.lightConnections`, the latency-target workloads
 * under light load; stops it and returns the report.
 */
export async function measureConfiguration(database, options, logFile) {
  // No rate limit, and a time limit long enough that an overloaded server shows as latency, not errors.
  const env = {
    ...database.env,
    ATLAS_RATE_LIMIT: '100000000',
    ATLAS_REQUEST_TIMEOUT_MS: '60000',
    ATLAS_RESPONSE_CACHE: options.cache,
    ...(options.logLevel && { LOG_LEVEL: options.logLevel }),
  };
  console.error(`Starting the Atlas on ${database.label}, cache ${options.cache}…`);
  const atlas = await startAtlas(env, logFile);
  try {
    const token = await signInEditor(atlas.url, env);
    const ask = async (query) => (await graphql(atlas.url, httpRequest({ method: 'POST', query, variables: {} }))).data;
    const size = await ask(DATA_SIZE);
    const practiceId = (await ask(FIRST_PRACTICE)).practices.nodes[0]?.id;
    if (!practiceId) throw new Error('The Atlas has no published practice to benchmark.');
    const countryCodes = (await ask(COUNTRY_CODES)).countries.map((c) => c.code);
    const all = workloads({ practiceId, countryCodes, search: options.search, theme: options.theme });
    const selected = all.filter(
      (w) =>
        options.only.length === 0 ||
        options.only.some((word) => `${w.name} (${w.method})`.toLowerCase().includes(word)),
    );

    const results = [];
    for (const workload of selected) {
      console.error(`Measuring ${workload.name} (${workload.method})…`);
      results.push(await measure(atlas, workload, token, options));
    }
    const light = [];
    if (options.lightConnections > 0) {
      const latencyWorkloads = all.filter(
        (w) => w.key && w.method === 'POST' && selected.some((s) => s.name === w.name),
      );
      for (const workload of latencyWorkloads) {
        console.error(`Measuring ${workload.name} under light load…`);
        const request = httpRequest(workload, token);
        const atlasResult = await runLoad(atlas.url, request, {
          connections: options.lightConnections,
          duration: options.duration,
        });
        await settle(atlas.url, request);
        light.push({
          workload: workload.name,
          key: workload.key,
          method: workload.method,
          atlas: atlasResult,
          targetP95Ms: LATENCY_TARGETS_MS[workload.key],
        });
      }
    }
    const require = createRequire(import.meta.url);
    return {
      date: new Date().toISOString(),
      machine: machine(),
      setup: {
        database: database.dialect,
        databaseLabel: database.label,
        data: database.data,
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
  } finally {
    await atlas.stop();
  }
}
