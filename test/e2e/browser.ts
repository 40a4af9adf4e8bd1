import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from '@atlas/server/src/headless/chromium';

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

/**
 * Debian's chromium (or CHROMIUM_PATH), headless, with nothing that would phone out from a closed
 * network: found and launched as `pnpm cli print` does, so both fail the same clear way without it.
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(findChromium());
}

/** What a page did that a user on a LAN with no internet would suffer from. */
export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/**
 * A page that records console errors, failed requests and any request that leaves `origin`. Its
 * context runs no service worker: offline.e2e.test.ts tries the offline copy; elsewhere each fresh
 * context would first download the whole app for it (87 files, 1.1 MB), and a test could read an
 * answer an earlier step saved rather than what the Atlas says now.
 */
export async function watchedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watch(page, origin);
  return { page, problems, close: () => context.close() };
}

/**
 * Records what `page` does wrong into `problems` (new ones by default): for a second tab of a
 * watched page's context (`page.context().newPage()`).
 */
export function watch(
  page: Page,
  origin: string,
  problems: PageProblems = { consoleErrors: [], foreignRequests: [], failedRequests: [] },
): PageProblems {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => {
    // A navigation away (or a download) aborts in-flight requests: that is not a failure a user sees.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

/**
 * A full-page picture of `page` in test-output/screenshots, for a reader of the run. A picture asserts
 * nothing, and drawing a long page costs seconds: ATLAS_TEST_SCREENSHOTS=off skips them (CI's second
 * pass, whose pictures would only replace the first's).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.ATLAS_TEST_SCREENSHOTS === 'off') return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs `account` in through the dashboard's sign-in form, in English, and waits for its name in the header. */
export async function signInThroughForm(
  page: Page,
  origin: string,
  account: { email: string; name: string; password: string },
): Promise<void> {
  await page.goto(`${origin}/en/sign-in`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(account.name).first().waitFor();
}
