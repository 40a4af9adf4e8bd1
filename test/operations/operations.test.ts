import { once } from 'node:events';
import net from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort, startAtlasProcess, startSeededAtlas, tempSqlitePath, type AtlasProcess } from '../api/atlas-process';
import { ThrowawayPostgres } from './throwaway-postgres';

const COUNTRIES = JSON.stringify({ query: 'query Countries { countries { code } }', operationName: 'Countries' });

/** The JSON log lines the server wrote so far. */
function logLines(atlas: AtlasProcess): Record<string, unknown>[] {
  return atlas
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const readyStatus = async (atlas: AtlasProcess) => (await fetch(`${atlas.url}/readyz`)).status;

describe('structured logs', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  afterAll(() => atlas?.dispose());

  it('writes one JSON line per request with its request id, operation and duration', async () => {
    atlas = await startSeededAtlas();
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'workshop-42' },
      body: COUNTRIES,
    });
    expect(response.headers.get('x-request-id')).toBe('workshop-42');
    const generated = await fetch(`${atlas.url}/graphql?query=${encodeURIComponent('{ indicators { code } }')}`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(
      async () => logLines(atlas).some((line) => (line.req as { id?: string } | undefined)?.id === 'workshop-42'),
      'the log line',
    );
    const line = logLines(atlas).find((entry) => (entry.req as { id?: string } | undefined)?.id === 'workshop-42')!;
    expect(line).toMatchObject({
      level: 30,
      service: 'reintegration-atlas',
      req: { id: 'workshop-42', method: 'POST', path: '/graphql' },
      res: { status: 200 },
      operation: { name: 'Countries', type: 'query' },
    });
    expect(typeof line.responseTime).toBe('number');
    // Never a token in the logs.
    await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-that-must-not-be-logged-123' },
      body: COUNTRIES,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(atlas.output()).not.toContain('secret-token-that-must-not-be-logged');
  });
});

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    const atlas = await startAtlasProcess({ DATABASE_URL: '', SQLITE_PATH: tempSqlitePath(), NODE_ENV: 'production' });
    const { port } = new URL(atlas.url);
    // A request in flight: its headers and half its body are sent; the rest comes after SIGTERM.
    const socket = net.connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(COUNTRIES)}\r\n\r\n`,
    );
    socket.write(COUNTRIES.slice(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const exited = once(atlas.child, 'exit');
    atlas.child.kill('SIGTERM');
    await waitFor(async () => atlas.output().includes('shutting down'), 'the shutdown to begin');
    await expect(fetch(`${atlas.url}/healthz`)).rejects.toThrow();

    socket.write(COUNTRIES.slice(20));
    await once(socket, 'close');
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('"code":"ID"');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(atlas.output()).toContain('database closed');
  });
});

describe('readiness', () => {
  let postgres: ThrowawayPostgres | undefined;
  let atlas: AtlasProcess | undefined;
  afterEach(async () => {
    await atlas?.stop();
    postgres?.dispose();
  });

  it('fails while PostgreSQL is down and recovers when it is back, without a restart', async () => {
    postgres = new ThrowawayPostgres(await freePort());
    postgres.start();
    atlas = await startAtlasProcess({
      DATABASE_URL: postgres.url,
      ATLAS_SEED_ON_EMPTY: 'true',
      NODE_ENV: 'production',
    });
    expect(await readyStatus(atlas)).toBe(200);

    postgres.stop();
    await waitFor(async () => (await readyStatus(atlas!)) === 503, '/readyz to fail');
    const down = (await (await fetch(`${atlas.url}/readyz`)).json()) as { reason: string };
    expect(down.reason).toBe('database unreachable');
    expect((await fetch(`${atlas.url}/healthz`)).status).toBe(200);
    const failed = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: COUNTRIES,
    });
    expect(failed.status).toBeLessThan(600);
    expect(JSON.stringify(await failed.json())).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select/i);

    postgres.start();
    await waitFor(async () => (await readyStatus(atlas!)) === 200, '/readyz to recover');
    const answer = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: COUNTRIES,
    });
    expect(((await answer.json()) as { data: { countries: unknown[] } }).data.countries).toHaveLength(11);
    expect(atlas.child.exitCode).toBeNull();
  }, 90_000);
});
