// Largest Contentful Paint of every dashboard page in headless Chromium against the real built
// server on a seeded SQLite file: on loopback, and on an emulated poor venue connection
// (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip). Prints a table; run `pnpm --filter @atlas/test run lcp`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..', '..');
const port = 4590;
const url = `http://127.0.0.1:${port}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lcp-'));
const server = spawn(process.execPath, [path.join(root, 'server', 'dist', 'main.js')], {
  env: {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: '',
    SQLITE_PATH: path.join(dir, 'atlas.sqlite'),
    NODE_ENV: 'production',
  },
  stdio: 'ignore',
});
const pages = [
  '/',
  '/practices',
  '/practices?theme=ENTREPRENEURSHIP&country=ID,PH',
  '/countries/ID',
  '/compare?countries=ID,PH,VN',
];
const networks = {
  loopback: null,
  'poor connection': {
    offline: false,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
    latency: 150,
  },
};

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  console.log(['page'.padEnd(50), ...Object.keys(networks).map((n) => `LCP ${n} (ms)`.padStart(26))].join(''));
  for (const pagePath of pages) {
    const cells = [];
    for (const conditions of Object.values(networks)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      if (conditions) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', conditions);
      }
      await page.addInitScript(() => {
        window.__lcp = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(url + pagePath, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      cells.push((await page.evaluate(() => window.__lcp)).toFixed(0).padStart(26));
      await context.close();
    }
    console.log([pagePath.padEnd(50), ...cells].join(''));
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
