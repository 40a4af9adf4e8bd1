// The Atlas under test: the BUILT server (server/dist/main.js) in a child process, on a database of
// its own (a temporary SQLite file, or a fresh PostgreSQL database created beside DATABASE_URL and
// dropped afterwards), with the built CLI for accounts and synthetic data.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const SERVER_ENTRY = path.join(root, 'server', 'dist', 'main.js');
export const CLI_ENTRY = path.join(root, 'server', 'dist', 'cli', 'main.js');

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** The database environment of the bench server and how to drop it afterwards. */
export async function createBenchDatabase(tempDir, url = process.env.DATABASE_URL) {
  if (url?.startsWith('postgres')) {
    // The server's own test helper: `atlas_test_<pid>_<random>` beside DATABASE_URL's database.
    const { createTestDatabase } = createRequire(import.meta.url)('@atlas/server/dist/db/test-database.js');
    const database = await withDatabaseUrl(url, createTestDatabase);
    const name = new URL(database.config.database).pathname.slice(1);
    return {
      label: `PostgreSQL (${name}, dropped afterwards)`,
      dialect: 'postgresql',
      env: { DATABASE_URL: database.config.database, ATLAS_SEED_ON_EMPTY: 'true' },
      drop: database.drop,
    };
  }
  const file = path.join(tempDir, 'atlas.sqlite');
  return {
    label: `SQLite (${file}, deleted afterwards)`,
    dialect: 'sqlite',
    env: { DATABASE_URL: '', SQLITE_PATH: file, ATLAS_SEED_ON_EMPTY: 'true' },
    drop: async () => {},
  };
}

/** Runs `work` with DATABASE_URL set to `url` (the server's test helper reads it), then restores it. */
async function withDatabaseUrl(url, work) {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  }
}

/**
 * Runs the built CLI (`pnpm cli …`) with `env`; resolves with its output, rejects on failure.
 * `echo`: also show its output as it comes (progress of long commands).
 */
export async function runCli(args, env, input = '', echo = false) {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    output += chunk;
    if (echo) process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  child.stdin.end(input);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`pnpm cli ${args.join(' ')} failed (${code}): ${output}`);
  return output;
}

/** `pnpm cli generate --practices N --outcomes M` on the bench database (before the server starts). */
export async function generateSynthetic(env, { practices, outcomes }) {
  const usage = await runCli([], env);
  if (!/^\s+generate\s/m.test(usage)) {
    throw new Error(
      '--data synthetic needs `pnpm cli generate`, which this build does not have (server/src/bulk/synthetic). ' +
        'Run with --data seed, or rebuild once it exists.',
    );
  }
  // --force: generate refuses under NODE_ENV=production unless told the database is a load-test copy.
  const args = ['generate', '--practices', String(practices), '--outcomes', String(outcomes), '--force'];
  return runCli(args, env, '', true);
}

/**
 * Starts the built server in production mode with `env`, its log written to `logFile`, and waits
 * for /readyz. Its resident set size (VmRSS) is sampled every 100 ms.
 */
export async function startAtlas(env, logFile) {
  if (!fs.existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run pnpm build first`);
  const port = await freePort();
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const logTail = () => fs.readFileSync(logFile, 'utf8').slice(-4000);
  const deadline = Date.now() + 10 * 60_000; // seeding or migrating a large database takes a while
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${logTail()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not become ready:\n${logTail()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  let peak = 0;
  let windowPeak = 0;
  const sample = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb);
      windowPeak = Math.max(windowPeak, kb);
    } catch {
      // exited, or no /proc (not Linux)
    }
  };
  sample();
  const sampler = setInterval(sample, 100);
  return {
    url,
    pid: child.pid,
    logTail,
    /** Peak RSS in MB since the start. */
    peakRss: () => Math.round(peak / 1024),
    /** Peak RSS in MB since the last call (or the start); starts a new window. */
    windowPeakRss() {
      const mb = Math.round(windowPeak / 1024);
      windowPeak = 0;
      return mb;
    },
    async stop() {
      clearInterval(sampler);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Sends one GraphQL request; returns the raw bytes, content type and parsed JSON, or throws on errors. */
export async function graphql(baseUrl, { method, path: requestPath, headers, body }) {
  const response = await fetch(baseUrl + requestPath, { method, headers, body }).catch((error) => {
    throw new Error(`${method} ${requestPath.slice(0, 80)} failed: ${error.cause?.message ?? error.message}`);
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = JSON.parse(bytes.toString('utf8'));
  if (!response.ok || json.errors) {
    throw new Error(
      `${method} ${requestPath.slice(0, 80)} → ${response.status}: ${bytes.toString('utf8').slice(0, 500)}`,
    );
  }
  return { bytes, contentType: response.headers.get('content-type'), data: json.data };
}

/** Creates an editor account with the CLI and signs in through the API; resolves with the bearer token. */
export async function signInEditor(baseUrl, env) {
  const email = 'bench-editor@example.org';
  const password = 'bench-password-123456';
  // Created on the first start of the server on this database; later starts sign the same account in.
  await runCli(['user', 'create', '--email', email, '--name', 'Bench Editor', '--role', 'EDITOR'], env, password).catch(
    (error) => {
      if (!/an account with this email exists/.test(error.message)) throw error;
    },
  );
  const { data } = await graphql(baseUrl, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password },
    }),
  });
  return data.login.token;
}
