import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestAtlas } from '../../test-support/test-atlas';
import { DEFAULT_LIMITS } from '../limits/limits-config';

const atlas = useTestAtlas({ config: { corsOrigins: ['https://allowed.example'] } });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(method: 'GET' | 'POST', query: string, headers: Record<string, string>): Promise<Answer> {
  const url = new URL(`${atlas.url}/graphql`);
  if (method === 'GET') url.searchParams.set('query', query);
  const body = method === 'POST' ? JSON.stringify({ query }) : undefined;
  return new Promise((resolve, reject) => {
    const sent = http.request(
      url,
      { method, headers: body ? { ...headers, 'content-type': 'application/json' } : headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = response.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;
          resolve({ status: response.statusCode!, headers: response.headers, body: text.toString('utf8') });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** The headers every answer has of its own (its id, its budget, its date), and how its bytes travel. */
const OWN = ['x-request-id', 'date', 'ratelimit-remaining', 'ratelimit-reset', 'x-atlas-cache', 'content-encoding'];
const shared = ({ headers }: Answer) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !OWN.includes(name) && name !== 'content-length'));

it('answers from memory with the bytes and headers the pipeline gave the same query, for every origin, GET and POST', async () => {
  let n = 0;
  for (const method of ['GET', 'POST'] as const) {
    for (const origin of [undefined, 'https://allowed.example', 'https://other.example']) {
      for (const encoding of ['identity', 'gzip']) {
        // A query of its own (by its page size), so that the first answer is computed and kept.
        const query = `{ practices(first: ${++n}) { totalCount nodes { id title summary } } }`;
        const headers = { 'accept-encoding': encoding, ...(origin ? { origin } : {}) };
        const computed = await request(method, query, headers);
        const remembered = await request(method, query, headers);
        expect(computed.headers['x-atlas-cache']).toBeUndefined();
        expect(remembered.headers['x-atlas-cache']).toBe('hit');
        expect(remembered.status).toBe(200);
        expect(remembered.body).toBe(computed.body);
        expect(shared(remembered)).toEqual(shared(computed));
        expect(remembered.headers['x-request-id']).not.toBe(computed.headers['x-request-id']);
        expect(Number(remembered.headers['ratelimit-remaining'])).toBe(
          Number(computed.headers['ratelimit-remaining']) - 1,
        );
        if (encoding === 'gzip' && remembered.body.length > 1024) {
          expect(remembered.headers['content-encoding']).toBe('gzip');
        }
        if (origin === 'https://allowed.example') {
          expect(remembered.headers['access-control-allow-origin']).toBe(origin);
        } else {
          expect(remembered.headers['access-control-allow-origin']).toBeUndefined();
        }
        expect(remembered.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
    }
  }
});

it('revalidates a GET from memory by its ETag, with the same headers but the body', async () => {
  const query = '{ practices(first: 2) { nodes { id } } }';
  const computed = await request('GET', query, {});
  const tag = computed.headers.etag!;
  const revalidated = await request('GET', query, { 'if-none-match': tag });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body).toBe('');
  expect(revalidated.headers.etag).toBe(tag);
  expect(revalidated.headers['cache-control']).toBe('public, no-cache');
  expect(revalidated.headers['x-content-type-options']).toBe('nosniff');
  expect(revalidated.headers['ratelimit-limit']).toBeDefined();
});

describe('a POST whose body arrives slower than the time limit', () => {
  const slow = useTestAtlas({
    config: { corsOrigins: ['https://allowed.example'], limits: { ...DEFAULT_LIMITS, timeoutMs: 300 } },
  });

  it('is answered 503 with the headers every answer carries', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const sent = http.request(
        `${slow.url}/graphql`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '100', origin: 'https://allowed.example' },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            sent.destroy();
            resolve({
              status: response.statusCode!,
              headers: response.headers,
              body: Buffer.concat(chunks).toString(),
            });
          });
        },
      );
      sent.on('error', reject);
      sent.write('{"query": "{ practices');
    });
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'timeoutMs',
    });
    expect(answer.headers['x-request-id']).toBeDefined();
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['access-control-allow-origin']).toBe('https://allowed.example');
  });
});
