import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@atlas/server/src/db/test-database';

export const SERVER_ENTRY = path.resolve(__dirname, '..', '..', 'server', 'dist', 'main.js');

export interface AtlasProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  return port;
}

/**
 * Starts the built server (`node server/dist/main.js`, as `pnpm start` does) and waits until it is
 * ready. Its logs are JSON lines, as the tests read them, unless `env` asks otherwise.
 */
export async function startAtlasProcess(env: Record<string, string>): Promise<AtlasProcess> {
  if (!fs.existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run pnpm build first`);
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, PORT: String(port), LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

export function tempSqlitePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-process-')), 'data', 'atlas.sqlite');
}

/**
 * Starts the built server in production mode on a database of its own: a fresh SQLite file, or a
 * fresh PostgreSQL database when DATABASE_URL points at PostgreSQL (the CI's second run).
 * `extraEnv` adds variables (REDIS_URL, …) for the server and its CLI.
 */
export async function startSeededAtlas(extraEnv: Record<string, string> = {}): Promise<
  AtlasProcess & {
    sqlitePath?: string;
    /** The variables the server runs with (its database), for running the CLI in other ways. */
    env: Record<string, string>;
    cli(args: string[], input?: string): Promise<string>;
    dispose(): Promise<void>;
  }
> {
  const env: Record<string, string> = { NODE_ENV: 'production', ...extraEnv };
  let drop = async () => {};
  let sqlitePath: string | undefined;
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    const database = await createTestDatabase();
    drop = database.drop;
    env.DATABASE_URL = database.config.database;
    env.ATLAS_SEED_ON_EMPTY = 'true';
  } else {
    sqlitePath = tempSqlitePath();
    env.DATABASE_URL = '';
    env.SQLITE_PATH = sqlitePath;
  }
  const atlas = await startAtlasProcess(env);
  return {
    ...atlas,
    sqlitePath,
    env,
    /** Runs `pnpm cli …` (the built CLI) on this server's database, with `input` on standard input. */
    cli: (args, input = '') => runCli(args, env, input),
    async dispose() {
      await atlas.stop();
      await drop();
    },
  };
}

/** The CLI as `pnpm cli` runs it, on the database of `env`; resolves with its output, rejects on failure. */
export async function runCli(args: string[], env: Record<string, string>, input = ''): Promise<string> {
  const child = spawn(
    process.execPath,
    [path.resolve(__dirname, '..', '..', 'server', 'dist', 'cli', 'main.js'), ...args],
    {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(input);
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`pnpm cli ${args.join(' ')} failed (${code}): ${output}`);
  return output;
}
