import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations, type AxeViolation } from './axe';
import { launchBrowser, screenshot, watchedPage, type PageProblems } from './browser';

/**
 * The dashboard in Debian's chromium against the real built server on the seeded database, as a
 * workshop participant uses it. Screenshots land in test-output/screenshots (ignored by git).
 */
describe('the dashboard in a real browser', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const problems: PageProblems[] = [];
  const accessibility: Record<string, AxeViolation[]> = {};

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await atlas?.dispose();
  });

  const open = async (path: string, viewport?: { width: number; height: number }) => {
    const watched = await watchedPage(browser, atlas.url, viewport);
    problems.push(watched.problems);
    await watched.page.goto(atlas.url + path, { waitUntil: 'networkidle' });
    return watched;
  };

  const checkAccessibility = async (name: string, page: Parameters<typeof seriousAxeViolations>[0]) => {
    accessibility[name] = await seriousAxeViolations(page);
  };

  // The browser asks for English: the dashboard sends `/` to `/en`, and its links carry the prefix.
  it('shows the overview with the 11 member states and sourced figures', async () => {
    const { page, close } = await open('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const countryLinks = await page
      .locator('a[href^="/en/countries/"]')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
    expect(countryLinks).toHaveLength(11);
    expect(await page.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'overview');
    await checkAccessibility('overview', page);
    await close();
  });

  it('filters the practice browser, keeps the filter in the address, and survives a reload', async () => {
    const { page, close } = await open('/practices');
    const heading = page.getByRole('heading', { level: 2, name: /^\d+ practices?$/ });
    const total = async () => Number((await heading.textContent())!.match(/\d+/)![0]);
    const before = await total();
    expect(before).toBeGreaterThanOrEqual(30);
    await page
      .getByRole('checkbox', { name: /Entrepreneurship/ })
      .first()
      .check();
    await page.waitForURL(/theme=ENTREPRENEURSHIP/);
    await expect.poll(total).toBeLessThan(before);
    const filtered = await total();
    expect(filtered).toBeGreaterThan(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(
      await page
        .getByRole('checkbox', { name: /Entrepreneurship/ })
        .first()
        .isChecked(),
    ).toBe(true);
    expect(await total()).toBe(filtered);
    await screenshot(page, 'practices-filtered');
    await checkAccessibility('practices', page);
    await close();
  });

  it('searches the full text and opens a practice with its sources as links', async () => {
    const { page, close } = await open('/practices?q=cooperative');
    const first = page.locator('main a[href^="/en/practices/"]').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/practices\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('main a[href^="http"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'practice');
    await checkAccessibility('practice', page);
    await close();
  });

  it('compares three countries and downloads exactly that view as CSV', async () => {
    const { page, close } = await open('/compare?countries=ID,PH,VN');
    await page.locator('table').first().waitFor();
    const coverageLink = page.locator('table a[href^="/en/practices?"]').first();
    expect(await coverageLink.getAttribute('href')).toMatch(/country=(ID|PH|VN)/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /CSV/i })
        .or(page.getByRole('link', { name: /CSV/i }))
        .first()
        .click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const codes = new Set(
      [...csv.matchAll(/^(?:[^,\n]*,)*?"?(ID|PH|VN|KH|TH|MY|SG|BN|LA|MM|TL)"?,/gm)].map((m) => m[1]),
    );
    expect(codes).toEqual(new Set(['ID', 'PH', 'VN']));
    expect(csv).toMatch(/https?:\/\//);
    await screenshot(page, 'compare');
    await checkAccessibility('compare', page);
    await close();
  });

  it('downloads exactly the filtered practices as CSV from the practice browser', async () => {
    const { page, close } = await open('/practices?country=ID,PH&theme=ENTREPRENEURSHIP');
    const heading = page.getByRole('heading', { level: 2, name: /^\d+ practices?$/ });
    await heading.waitFor();
    const total = Number((await heading.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(0);
    // Without a search, the newest come first.
    expect(await page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('NEWEST');

    const link = page.getByRole('link', { name: `Download the ${total} practices as CSV` });
    const href = new URL((await link.getAttribute('href'))!, atlas.url);
    expect(href.pathname).toBe('/export/practices.csv');
    expect(Object.fromEntries(href.searchParams)).toEqual({ countryCodes: 'ID,PH', themes: 'ENTREPRENEURSHIP' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const [header, ...rows] = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    const column = (name: string) => header!.indexOf(name);
    expect(header).toEqual(expect.arrayContaining(['id', 'title', 'countryCode', 'themes', 'sourceUrls']));
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(['ID', 'PH']).toContain(row[column('countryCode')]);
      // A list cell is a JSON array (docs/downloads.md).
      expect(JSON.parse(row[column('themes')]!) as string[]).toContain('ENTREPRENEURSHIP');
    }
    await close();
  });

  it('compares all 11 member states on a 375 px phone: no sideways page scroll, one colour per country in every chart', async () => {
    const { page, close } = await open('/compare?countries=BN,KH,ID,LA,MY,MM,PH,SG,TH,TL,VN', {
      width: 375,
      height: 800,
    });
    const charts = page.locator('figure.chart');
    await charts.first().waitFor();
    await expect.poll(() => page.locator('.recharts-surface').count()).toBe(await charts.count());
    expect(await charts.count()).toBeGreaterThanOrEqual(2);

    const scroll = await page.evaluate(() => ({
      width: document.scrollingElement!.scrollWidth,
      client: document.scrollingElement!.clientWidth,
    }));
    expect(scroll.width).toBeLessThanOrEqual(scroll.client);

    // Every line, marker and swatch of a member state, in every chart, legend, table and heading.
    const drawn = await page.locator('main').evaluate((main) => {
      const colours: Record<string, string[]> = {};
      const charted: string[][] = [];
      const found = main.querySelectorAll('.recharts-line-curve[data-identity], .series-marker[data-identity]');
      for (const element of Array.from(found)) {
        const identity = element.getAttribute('data-identity')!;
        colours[identity] = [...new Set([...(colours[identity] ?? []), element.getAttribute('stroke')!])];
      }
      for (const chart of Array.from(main.querySelectorAll('figure.chart'))) {
        const lines = Array.from(chart.querySelectorAll('.recharts-line-curve[data-identity]'));
        charted.push([...new Set(lines.map((line) => line.getAttribute('data-identity')!))]);
      }
      return { colours, charted };
    });
    const codes = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
    expect(Object.keys(drawn.colours).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(drawn.colours[code], code).toHaveLength(1);
    expect(new Set(codes.map((code) => drawn.colours[code]![0])).size).toBe(11);
    for (const identities of drawn.charted) expect(identities.length).toBeGreaterThanOrEqual(2);

    // The coverage matrix is headed by the names of the countries, not their codes.
    const names = await page
      .getByRole('group', { name: 'Member states to compare' })
      .locator('label')
      .allTextContents();
    const headers = await page.locator('table.coverage-table').first().locator('th.coverage-country').allTextContents();
    expect(headers).toHaveLength(11);
    for (const header of headers)
      expect(
        names.some((label) => label.trim().startsWith(`${header} (`)),
        header,
      ).toBe(true);
    await screenshot(page, 'phone-compare-all');
    await checkAccessibility('compare-all-phone', page);
    await close();
  });

  it('shows a country profile and a programme with outcome charts and their tables', async () => {
    const { page, close } = await open('/countries/ID');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Indonesia/);
    await screenshot(page, 'country-ID');
    await checkAccessibility('country', page);
    await page
      .locator('main a[href^="/en/programs/"]')
      .filter({ hasText: /Productive Migrant Village|Desmigratif/ })
      .first()
      .click();
    await page.waitForURL(/\/programs\//);
    await page.locator('.recharts-surface').first().waitFor();
    expect(await page.locator('figure table').count()).toBeGreaterThan(0);
    await screenshot(page, 'program-desmigratif');
    await checkAccessibility('program', page);
    await close();
  });

  it('reloads a shared permalink into the same view', async () => {
    const { page, close } = await open('/practices?country=PH&sort=TITLE');
    const practiceLinks = page.locator('main a[href^="/en/practices/"]');
    // The list arrives after the page: read it once it is drawn, before and after the reload.
    await practiceLinks.first().waitFor();
    const titles = await practiceLinks.allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await page.reload({ waitUntil: 'networkidle' });
    await practiceLinks.first().waitFor();
    await expect.poll(() => practiceLinks.allTextContents()).toEqual(titles);
    expect(
      await page
        .getByRole('checkbox', { name: /Philippines/ })
        .first()
        .isChecked(),
    ).toBe(true);
    await close();
  });

  it('reads on a 375 px phone without sideways scrolling', async () => {
    for (const path of ['/', '/practices', '/countries/PH', '/compare?countries=ID,PH,VN']) {
      const { page, close } = await open(path, { width: 375, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      await screenshot(page, `phone${path.replace(/[/?=,]/g, '-')}`);
      await close();
    }
  });

  it('made no console error, no failed request and no request outside the origin on any page', () => {
    expect(problems.flatMap((p) => p.consoleErrors)).toEqual([]);
    expect(problems.flatMap((p) => p.failedRequests)).toEqual([]);
    expect(problems.flatMap((p) => p.foreignRequests)).toEqual([]);
  });

  it('has no serious or critical accessibility violation (axe-core) on any page', () => {
    expect(Object.keys(accessibility)).toEqual([
      'overview',
      'practices',
      'practice',
      'compare',
      'compare-all-phone',
      'country',
      'program',
    ]);
    expect(accessibility).toEqual(Object.fromEntries(Object.keys(accessibility).map((name) => [name, []])));
  });
});

/** The records of an RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  const endField = () => {
    records.at(-1)!.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') field += text[++i];
    else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r' && c !== '\n')) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      records.push([]);
    }
  }
  if (field) endField();
  return records.filter((record) => record.length > 0);
}
