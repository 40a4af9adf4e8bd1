import http from 'node:http';
import { once } from 'node:events';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../e2e/browser';
import { startTarget, type Target } from './target';

/** The server's default time limit (ATLAS_REQUEST_TIMEOUT_MS), which the target runs with. */
const TIMEOUT_MS = 10_000;

const unique = () => `q${Date.now()}${Math.floor(Math.random() * 1e6)}`;

/**
 * Findings 5, 8 and 11 (its HTTP parts) of the attack on the Atlas, replayed against the built
 * server in production mode: emptying the response cache with failing requests, framing the
 * dashboard from another site, signed-in answers kept by caches, a cache miss and its hit telling
 * caches different things, and request bodies trickled in to hold connections.
 */
describe('HTTP and the response cache, attacked from outside', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(() => target?.dispose());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${target.url}${path}`, { headers });
  const getQuery = (query: string, headers: Record<string, string> = {}) =>
    get(`/graphql?query=${encodeURIComponent(query)}`, headers);
  const postQuery = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });

  describe('finding 5: only a write that changed something empties the response cache', () => {
    const CACHED = `{ ${unique()}: countries { code name } }`;
    const isHit = async () => (await getQuery(CACHED)).headers.get('x-atlas-cache') === 'hit';

    it('keeps its answers through failing and sign-in-only mutations, and drops them after a real write', async () => {
      await getQuery(CACHED);
      expect(await isHit()).toBe(true);

      // Signing out without a session, or with a made-up one, signs nobody out.
      for (const token of [undefined, 'not-a-real-token']) {
        const logout = await target.graphql('mutation { logout }', {}, token);
        expect(logout.body.data?.logout ?? false).toBe(false);
        expect(await isHit()).toBe(true);
      }

      const source = { title: `Attack ${unique()}`, url: `https://attack.example.org/${unique()}` };
      const createSource = 'mutation($input: SourceInput!) { createSource(input: $input) { id } }';
      const refused = await target.graphql(createSource, { input: source });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await isHit()).toBe(true);

      const wrongPassword = await target.graphql(
        'mutation { login(email: "nobody@attack.test", password: "x") { token } }',
      );
      expect(wrongPassword.body.errors).toBeDefined();
      expect(await isHit()).toBe(true);

      // Signing in and out writes sessions, which no answer shows.
      const leaving = await target.signIn('EDITOR');
      const editor = await target.signIn('EDITOR');
      expect(await isHit()).toBe(true);
      expect((await target.graphql('mutation { logout }', {}, leaving.token)).body.data).toEqual({ logout: true });
      expect(await isHit()).toBe(true);

      // A real write through the API, then the same source again: refused, nothing written.
      const created = await target.graphql(createSource, { input: source }, editor.token);
      expect(created.body.errors).toBeUndefined();
      expect(await isHit()).toBe(false);
      expect(await isHit()).toBe(true);
      const duplicate = await target.graphql(createSource, { input: source }, editor.token);
      expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await isHit()).toBe(true);
    });
  });

  describe('finding 8: security headers on every response', () => {
    const expectDefences = (response: Response, what: string) => {
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((directive) => {
          const [name = '', ...values] = directive.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(directives.get('default-src'), what).toEqual(["'self'"]);
      expect(directives.get('script-src'), what).toEqual(["'self'"]);
      expect(directives.get('object-src'), what).toEqual(["'none'"]);
      expect(directives.get('base-uri'), what).toEqual(["'none'"]);
      expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
      expect(response.headers.get('x-powered-by'), what).toBeNull();
    };

    it('sends them from the dashboard, GraphiQL, the API, downloads, health checks, cache hits, assets and errors', async () => {
      const index = await (await get('/')).text();
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
      expect(asset).toBeDefined();
      const hitQuery = `{ ${unique()}: countries { code } }`;
      await getQuery(hitQuery);
      const hit = await getQuery(hitQuery);
      expect(hit.headers.get('x-atlas-cache')).toBe('hit');
      const responses: [string, Response][] = [
        ['/', await get('/')],
        ['/practices', await get('/practices')],
        ['/graphiql', await get('/graphiql')],
        ['GET /graphql', await getQuery('{ countries { code } }')],
        ['POST /graphql', await postQuery(`{ ${unique()}: countries { code } }`)],
        ['a cache hit', hit],
        ['/export/practices.csv', await get('/export/practices.csv?countryCodes=ID')],
        ['/export/atlas.json', await get('/export/atlas.json')],
        ['/healthz', await get('/healthz')],
        ['/readyz', await get('/readyz')],
        ['a static asset', await get(asset!)],
        ['a missing asset', await get('/assets/missing.js')],
        ['an unknown route', await fetch(`${target.url}/nowhere`, { method: 'POST' })],
        ['a bad token', await postQuery('{ me { id } }', { authorization: 'Bearer not-a-real-token' })],
        [
          'a CORS preflight',
          await fetch(`${target.url}/graphql`, {
            method: 'OPTIONS',
            headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
          }),
        ],
      ];
      for (const [what, response] of responses) {
        await response.arrayBuffer();
        expectDefences(response, `${what} (${response.status})`);
      }
      expect(responses.find(([what]) => what === 'a missing asset')![1].status).toBe(404);
    });

    it('serves pages with no inline script, so the policy needs no exception', async () => {
      for (const path of ['/', '/graphiql']) {
        const html = await (await get(path)).text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts.length, path).toBeGreaterThan(0);
        for (const [, attributes, body] of scripts) {
          expect(attributes, path).toMatch(/\bsrc="\/assets\//);
          expect(body!.trim(), path).toBe('');
        }
        expect(html, path).not.toMatch(/\son[a-z]+=/i);
      }
    });

    it('cannot be framed by a page of another site: the browser refuses to show the dashboard or GraphiQL in it', async () => {
      const framing = http.createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(
          `<!doctype html><title>A foreign page</title>` +
            `<iframe src="${target.url}/"></iframe><iframe src="${target.url}/graphiql"></iframe>`,
        );
      });
      framing.listen(0, '127.0.0.1');
      await once(framing, 'listening');
      // localhost vs 127.0.0.1: another origin, and another site.
      const foreign = `http://localhost:${(framing.address() as AddressInfo).port}/`;
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const refusals: string[] = [];
        page.on('console', (message) => {
          if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
        });
        await page.goto(foreign, { waitUntil: 'networkidle' });
        const frames = page.frames().filter((frame) => frame !== page.mainFrame());
        expect(frames).toHaveLength(2);
        for (const frame of frames) {
          expect(frame.url()).not.toContain(target.url);
          expect(await frame.locator('#root, #graphiql').count()).toBe(0);
        }
        expect(refusals).toHaveLength(2);
      } finally {
        await browser.close();
        framing.close();
      }
    });
  });

  describe('finding 11: caching headers and slow requests', () => {
    it('marks every answer to a signed-in request private, no-store: API, downloads, refusals', async () => {
      const { token } = await target.signIn('EDITOR');
      const bearer = { authorization: `Bearer ${token}` };
      const answers: [string, Response][] = [
        ['POST /graphql', await postQuery('{ me { email } }', bearer)],
        ['GET /graphql', await getQuery('{ countries { code } }', bearer)],
        ['a mutation', await postQuery('mutation { logout }', { authorization: 'Bearer not-a-real-token' })],
        ['/export/practices.csv', await get('/export/practices.csv', bearer)],
        ['/export/atlas.json', await get('/export/atlas.json', bearer)],
        ['an unknown token', await getQuery('{ countries { code } }', { authorization: 'Bearer not-a-real-token' })],
      ];
      for (const [what, response] of answers) {
        await response.arrayBuffer();
        expect(response.headers.get('cache-control'), what).toBe('private, no-store');
        expect(response.headers.get('x-atlas-cache'), what).toBeNull();
      }
    });

    it('gives a cache miss the same caching headers as the hit that follows, over GET and POST', async () => {
      const varying = new Set(['date', 'x-request-id', 'x-atlas-cache', 'ratelimit-remaining', 'ratelimit-reset']);
      const headersOf = async (response: Response) => {
        await response.arrayBuffer();
        const kept: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!varying.has(name)) kept[name] = value;
        });
        return kept;
      };
      for (const send of [getQuery, postQuery]) {
        const query = `{ ${unique()}: countries { code } }`;
        const miss = await send(query);
        const hit = await send(query);
        expect(miss.headers.get('x-atlas-cache')).toBeNull();
        expect(hit.headers.get('x-atlas-cache')).toBe('hit');
        const missHeaders = await headersOf(miss);
        expect(missHeaders).toMatchObject({
          'cache-control': 'public, no-cache',
          vary: 'Accept, Accept-Encoding, Authorization',
          etag: expect.stringMatching(/^W\/"/) as string,
        });
        expect(await headersOf(hit)).toEqual(missHeaders);
      }
      // An answer that is not kept tells caches not to keep it either.
      const refused = await postQuery('{ practices(first: 1000) { totalCount } }');
      expect(refused.headers.get('cache-control')).toBe('no-store');
    });

    /** Sends a request's headers, then trickles its body a byte every 200 ms; resolves when the server closes. */
    const trickle = (method: string, path: string, length = 50_000, headersOnly = false) =>
      new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
        const { port } = new URL(target.url);
        const started = Date.now();
        let answer = '';
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.write(
            headersOnly
              ? `${method} ${path} HTTP/1.1\r\nHost: atlas\r\n`
              : `${method} ${path} HTTP/1.1\r\nHost: atlas\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`,
          );
        });
        const drip = setInterval(() => socket.writable && socket.write(headersOnly ? 'X' : '{'), 200);
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        socket.on('error', () => {});
        socket.on('close', () => {
          clearInterval(drip);
          resolve({ closedAfterMs: Date.now() - started, answer: answer.split('\r\n')[0] ?? '' });
        });
      });

    it(
      'cuts a request whose body or headers trickle in, on every route, within the time limit, and stays up',
      async () => {
        const attacks = [
          ['POST', '/'],
          ['GET', '/practices'],
          ['GET', '/assets/missing.js'],
          ['POST', '/export/nowhere'],
          ['GET', '/export/practices.csv'],
          ['POST', '/graphql'],
          // Small enough for the response cache to read it before express does.
          ['POST', '/graphql', 1000],
          ['GET', '/healthz'],
        ] as [string, string, number?][];
        const results = await Promise.all([
          ...attacks.map(([method, path, length]) => trickle(method, path, length)),
          trickle('GET', '/', 0, true),
        ]);
        for (const [index, { closedAfterMs, answer }] of results.entries()) {
          const what = `${attacks[index]?.join(' ') ?? 'headers sent slowly'}: ${answer}`;
          expect(closedAfterMs, what).toBeGreaterThanOrEqual(TIMEOUT_MS - 500);
          expect(closedAfterMs, what).toBeLessThan(TIMEOUT_MS + 2500);
        }
        // The API's own answer when its body never arrives: a coded 503.
        for (const [index, [, path]] of attacks.entries()) {
          if (path === '/graphql') expect(results[index]!.answer).toMatch(/ 503 /);
        }
        expect((await get('/healthz')).status).toBe(200);
        expect(target.child.exitCode).toBeNull();
      },
      TIMEOUT_MS * 3,
    );
  });
});
