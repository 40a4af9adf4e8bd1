import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { launchBrowser, screenshot } from './browser';

/**
 * A workshop participant on a phone whose Wi-Fi drops (README, "Offline"): the dashboard's service
 * worker keeps the application and the answers of the pages already read. The server runs on
 * 127.0.0.1, a secure context, as HTTPS would be at a venue.
 */
describe('the dashboard when the connection drops', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await atlas?.dispose();
  });

  /** Opens `path` and waits until the service worker controls the page and has kept its answers. */
  async function read(page: Page, path: string, operation: string): Promise<void> {
    await page.goto(atlas.url + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect
      .poll(() => savedAnswers(page).then((urls) => urls.some((url) => url.includes(`operationName=${operation}`))))
      .toBe(true);
  }

  const savedAnswers = (page: Page) =>
    page.evaluate(async () => (await (await caches.open('atlas-answers')).keys()).map((request) => request.url));

  const offlineNote = (page: Page) => page.locator('.offline-note[role="status"]');

  let context: BrowserContext;
  let page: Page;

  it('shows a country profile read before, after a reload without a connection, and says when it was fetched', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await read(page, '/en/countries/ID', 'CountryPage');
    await page.getByRole('heading', { level: 1, name: /Indonesia/ }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(await offlineNote(page).count()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Indonesia/ }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sections);
    await expect
      .poll(() => offlineNote(page).textContent())
      .toMatch(/^You are offline\. The data on this page was fetched on \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\.$/);
    await screenshot(page, 'offline-country');
  });

  it('says plainly that a page never opened cannot be shown offline, rather than a blank page', async () => {
    await page.goto(`${atlas.url}/en/countries/PH`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The Atlas could not be reached. Check the connection and try again.');
    expect(await offlineNote(page).textContent()).toBe(
      'You are offline. Pages you have opened before can still be read.',
    );
    // The application itself is there: its header and navigation.
    await page.getByRole('link', { name: 'Compare' }).waitFor();
  });

  it('refuses a write offline with an error, and queues nothing to send later', async () => {
    await page.goto(`${atlas.url}/en/sign-in`);
    await page.getByLabel('Email').fill('editor@asean.test');
    await page.getByLabel('Password').fill('a long editor password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('The Atlas could not be reached');

    const sent: string[] = [];
    context.on('request', (request) => void (request.method() === 'POST' && sent.push(request.url())));
    await context.setOffline(false);
    await page.waitForTimeout(1_000);
    expect(sent).toEqual([]);
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)),
    ).not.toContain('workbox-background-sync');
    await context.close();
  });

  it('keeps the shell and the answers of the pages read, and not GraphiQL', async () => {
    const reader = await browser.newContext();
    const phone = await reader.newPage();
    await read(phone, '/en', 'Overview');
    await read(phone, '/en/countries/ID', 'CountryPage');
    await read(phone, '/en/compare?countries=ID,PH,VN', 'Comparison');
    const sizes = await phone.evaluate(async () => {
      const measure = async (name: string) => {
        const cache = await caches.open(name);
        const requests = await cache.keys();
        let bytes = 0;
        for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
        return { name, entries: requests.length, bytes, urls: requests.map((request) => request.url) };
      };
      return Promise.all((await caches.keys()).map(measure));
    });
    const precache = sizes.find((cache) => cache.name.startsWith('workbox-precache'))!;
    const answers = sizes.find((cache) => cache.name === 'atlas-answers')!;
    console.log(
      `precache: ${precache.entries} files, ${precache.bytes} bytes; ` +
        `answers after overview + a country + compare: ${answers.entries}, ${answers.bytes} bytes`,
    );
    expect(precache.urls.some((url) => new URL(url).pathname === '/index.html')).toBe(true);
    expect(precache.urls.some((url) => /graphiql/.test(url))).toBe(false);
    expect(answers.urls.every((url) => new URL(url).pathname === '/graphql')).toBe(true);
    expect(answers.entries).toBeGreaterThanOrEqual(3);
    await reader.close();
  });
});
