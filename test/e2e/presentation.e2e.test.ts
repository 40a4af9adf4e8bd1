import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations } from './axe';
import { launchBrowser, signInThroughForm, watchedPage, type PageProblems } from './browser';

/** Where the README's pictures of presentation mode live; written only when ATLAS_SCREENSHOTS is set. */
const DOCS_SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/**
 * Issue 15, presentation mode in a real browser on the built server: a facilitator, signed in as an
 * editor, shows a comparison and a country profile on a projector (1366×768 and 1920×1080) and
 * steps through their sections with the keyboard.
 */
describe('presentation mode on a projector', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const problems: PageProblems[] = [];
  const closers: (() => Promise<void>)[] = [];
  const EDITOR = { email: 'facilitator@asean.test', name: 'Fa Cilitator', password: 'a long facilitator password' };

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
    await atlas.cli(
      ['user', 'create', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'EDITOR'],
      `${EDITOR.password}\n`,
    );
  }, 120_000);

  afterAll(async () => {
    for (const close of closers) await close();
    await browser?.close();
    await atlas?.dispose();
  });

  /** A signed-in editor's page at `viewport`, presenting `address` (with `?present=1`), its sections counted. */
  const present = async (address: string, viewport: { width: number; height: number }) => {
    const watched = await watchedPage(browser, atlas.url, viewport);
    watched.page.context().setDefaultTimeout(15_000);
    problems.push(watched.problems);
    closers.push(watched.close);
    const { page } = watched;
    await signInThroughForm(page, atlas.url, EDITOR);
    await page.goto(`${atlas.url}${address}`, { waitUntil: 'networkidle' });
    await page
      .getByRole('status')
      .filter({ hasText: /^Section 1 of \d+/ })
      .waitFor();
    return page;
  };

  /** What a person at the back of the room and a keyboard user would check. */
  const measure = (page: Page) =>
    page.evaluate(() => {
      const root = document.documentElement;
      const current = document.querySelector<HTMLElement>('section[aria-current="step"]');
      return {
        presenting: root.classList.contains('presenting'),
        bodyFontSize: parseFloat(getComputedStyle(document.body).fontSize),
        smallestTextSize: Math.min(
          ...Array.from(document.querySelectorAll<HTMLElement>(':is(p, li, td, th, dd, dt):not(.presentation-steps *)'))
            .filter((element) => element.checkVisibility() && element.textContent!.trim() !== '')
            .map((element) => parseFloat(getComputedStyle(element).fontSize)),
        ),
        sideways: root.scrollWidth - root.clientWidth,
        current: current?.querySelector('h2')?.textContent ?? null,
        currentTop: current ? Math.round(current.getBoundingClientRect().top) : null,
        sections: Array.from(document.querySelectorAll('main section'))
          .filter((section) => section.checkVisibility())
          .map((section) => section.querySelector(':scope > h2')?.textContent)
          .filter(Boolean),
        editingControls: Array.from(document.querySelectorAll('[data-editing]')).filter((element) =>
          element.checkVisibility(),
        ).length,
      };
    });

  /** Presses ArrowRight twice: the third section is current, at the top of the window, outlined and announced. */
  const stepToThird = async (page: Page) => {
    const before = await measure(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const after = await measure(page);
    expect(after.current).toBe(before.sections[2]);
    expect(after.currentTop).toBeGreaterThanOrEqual(0);
    expect(after.currentTop).toBeLessThanOrEqual(32);
    await page
      .getByRole('status')
      .filter({ hasText: `Section 3 of ${before.sections.length}` })
      .waitFor();
    return after;
  };

  const saveScreenshot = async (page: Page, name: string) => {
    if (!process.env.ATLAS_SCREENSHOTS) return;
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(DOCS_SCREENSHOTS, `presentation-${name}.png`) });
  };

  /**
   * The checks both pages share, at both sizes, from the top of the page. Type: the body's computed
   * font-size (measured 26 px at 1366×768, 32 px at 1920×1080), and the smallest of every shown
   * paragraph, list item, term and cell outside the step indicator (23 px and 29 px: the footer).
   */
  const checkProjection = async (page: Page) => {
    const top = await measure(page);
    expect(top.presenting).toBe(true);
    expect(top.bodyFontSize).toBeGreaterThanOrEqual(24);
    expect(top.smallestTextSize).toBeGreaterThanOrEqual(22);
    expect(top.sideways).toBeLessThanOrEqual(0);
    expect(top.editingControls).toBe(0);
    // What an editor sees on these pages without presentation mode, gone.
    for (const name of ['Sign out', 'History']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Review' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    return top;
  };

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`presents a comparison at ${size}, section by section`, async () => {
      const page = await present('/en/compare?countries=ID,PH,VN&present=1', viewport);
      const top = await checkProjection(page);
      expect(top.sections).toEqual([
        'Practice coverage',
        'Programmes',
        'Figures side by side',
        'Figures of one country',
      ]);
      await stepToThird(page);
      await saveScreenshot(page, `compare-${size}`);
      expect((await measure(page)).sideways).toBeLessThanOrEqual(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

    it(`presents a country profile at ${size}; links keep the mode and Escape leaves it`, async () => {
      const page = await present('/en/countries/ID?present=1', viewport);
      const top = await checkProjection(page);
      expect(top.sections.length).toBeGreaterThanOrEqual(4);
      expect(await page.getByRole('link', { name: 'Edit this country entry' }).count()).toBe(0);
      await stepToThird(page);
      await saveScreenshot(page, `country-${size}`);
      expect(await seriousAxeViolations(page)).toEqual([]);

      const compareLink = page.getByRole('link', { name: /Compare with other/ });
      expect(new URL((await compareLink.getAttribute('href')) ?? '', atlas.url).searchParams.get('present')).toBe('1');

      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.searchParams.has('present'));
      expect((await measure(page)).presenting).toBe(false);
      expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('false');
    });
  }

  it('caused no console errors, failed requests or requests leaving the server', () => {
    for (const watched of problems) {
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.failedRequests).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
    }
  });
});
