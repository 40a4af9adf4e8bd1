import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dashboardRoutes } from './dashboard-routes';

let url: string;
let close: () => void;

async function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const app = express();
  app.get('/graphql', (_req, res) => void res.json({ api: true }));
  app.use(dashboardRoutes(dir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-dashboard-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Atlas</title>');
  fs.writeFileSync(path.join(dir, 'graphiql.html'), '<!doctype html><title>Explorer</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(dir, 'sw.js'), 'self.skipWaiting()');
  ({ url, close } = await serve(dir));
});
afterAll(() => close());

it('serves index.html for every client route, uncached, so permalinks survive a reload', async () => {
  for (const route of [
    '/',
    '/practices?theme=ENTREPRENEURSHIP',
    '/countries/ID',
    '/compare?countries=ID,PH',
    // In a language (the dashboard redirects an address without one), or one it lacks (shown in English).
    '/en',
    '/id/practices?theme=ENTREPRENEURSHIP',
    '/id/countries/ID',
    '/xx/practices',
  ]) {
    const response = await fetch(url + route);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Atlas</title>');
  }
});

it('caches hashed assets for good and answers 404 for a missing one', async () => {
  const asset = await fetch(`${url}/assets/app-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
});

it('serves the service worker uncached, so a new release takes over at the next visit', async () => {
  const worker = await fetch(`${url}/sw.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  expect((await fetch(`${url}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
});

it('leaves the API paths to the API', async () => {
  expect(await (await fetch(`${url}/graphql`)).json()).toEqual({ api: true });
  expect((await fetch(`${url}/healthz`)).status).toBe(404);
});

it('serves the GraphQL explorer at /graphiql and /graphiql/, uncached', async () => {
  for (const route of ['/graphiql', '/graphiql/']) {
    const response = await fetch(url + route);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Explorer</title>');
  }
  expect((await fetch(`${url}/graphiql/missing`)).status).toBe(404);
});

it('answers 404 with a plain explanation at /graphiql before the dashboard is built', async () => {
  for (const built of [false, true]) {
    // Not built at all, or built by an older release without the explorer.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-dashboard-'));
    if (built) fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Atlas</title>');
    const server = await serve(dir);
    try {
      const response = await fetch(`${server.url}/graphiql`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toMatch(/explorer is not built.*\/graphql/);
    } finally {
      server.close();
    }
  }
});
