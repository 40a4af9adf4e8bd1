import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits-config';
import { requestSignal, requestTimer } from './request-timeout';

/** A server that starts each request's clock (50 ms on /slow, 10 s otherwise) and never answers by itself. */
const signals: AbortSignal[] = [];
const quick = requestTimer({ ...DEFAULT_LIMITS, timeoutMs: 50 });
const patient = requestTimer({ ...DEFAULT_LIMITS, timeoutMs: 10_000 });
const server = http.createServer((req, res) => {
  (req.url === '/slow' ? quick : patient)(res);
  signals.push(requestSignal(res));
});
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

it('ends a request when its time is up, with the error its client was sent', async () => {
  const response = await fetch(`${url}/slow`);
  expect(response.status).toBe(503);
  const signal = signals.at(-1)!;
  expect(signal.aborted).toBe(true);
  expect(signal.reason).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'timeoutMs' } });
});

it('ends a request when its client goes away', async () => {
  const client = new AbortController();
  const pending = fetch(`${url}/patient`, { signal: client.signal }).catch(() => null);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const signal = signals.at(-1)!;
  expect(signal.aborted).toBe(false);
  client.abort();
  await pending;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(signal.aborted).toBe(true);
  expect(signal.reason).toMatchObject({ extensions: { code: 'REQUEST_ENDED' } });
});

it('never ends outside an HTTP request', () => {
  expect(requestSignal(new http.ServerResponse(new http.IncomingMessage(null as never))).aborted).toBe(false);
});
