import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations } from './axe';
import { launchBrowser, screenshot, watchedPage } from './browser';

/**
 * The facilitator's "Share" at a workshop, in Debian's chromium against the built server: the page
 * on the projector as a QR code a participant's phone can scan. The server runs in production, so it
 * lists no address on the network and the code is of the address the page was opened at.
 */
describe('sharing a page at a workshop', () => {
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

  it('shows the page in Indonesian as a QR code with its address, on a 375 px screen, closing on Escape', async () => {
    const { page, problems, close } = await watchedPage(browser, atlas.url, { width: 375, height: 800 });
    await page.goto(`${atlas.url}/id/countries/ID`, { waitUntil: 'networkidle' });
    const share = page.getByRole('button', { name: 'Bagikan' });
    await share.click();

    const dialog = page.getByRole('dialog', { name: 'Buka halaman ini di ponsel' });
    await dialog.waitFor();
    const code = dialog.getByRole('img');
    const address = await code.getAttribute('aria-label');
    expect(address).toBe(`${atlas.url}/id/countries/ID`);
    expect(await code.evaluate((svg) => svg.tagName)).toBe('svg');
    expect(await dialog.getByText(address!, { exact: true }).isVisible()).toBe(true);
    // Large, yet within the phone's screen.
    const box = (await code.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(250);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await screenshot(page, 'workshop-share-phone');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await share.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [], failedRequests: [] });
    await close();
  });
});
