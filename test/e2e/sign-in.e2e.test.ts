import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations } from './axe';
import { launchBrowser, screenshot, watchedPage } from './browser';

describe('signing in to the dashboard', () => {
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

  it('an editor created with the CLI signs in, stays signed in across a reload, and signs out', async () => {
    const password = 'a long editor password';
    const created = await atlas.cli(
      ['user', 'create', '--email', 'editor@asean.test', '--name', 'Ed Itor', '--role', 'EDITOR'],
      `${password}\n`,
    );
    expect(created).toMatch(/Created EDITOR editor@asean.test/);

    const { page, problems, close } = await watchedPage(browser, atlas.url);
    await page.goto(`${atlas.url}/practices`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('editor@asean.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Wrong email or password');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/practices$/);
    await page.getByText('Ed Itor').waitFor();
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText('Ed Itor').waitFor();
    await screenshot(page, 'signed-in');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(problems.consoleErrors.filter((e) => !/401|Unauthorized/.test(e))).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await close();
  });
});
