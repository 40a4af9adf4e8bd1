import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations } from './axe';
import { launchBrowser, screenshot, watchedPage, type PageProblems, signInThroughForm } from './browser';

/**
 * Issue 14 in a real browser, on the built server: an editor adds an Indonesian summary to a
 * published practice from its page, and an anonymous reader of the Indonesian dashboard sees it,
 * marked as Indonesian, beside the title still in English, marked as English. Then a cited
 * source's Indonesian title, given on the source's page, and the seed's Indonesian indicator names.
 */
describe('translating a practice in a real browser', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const problems: PageProblems[] = [];
  const closers: (() => Promise<void>)[] = [];
  const EDITOR = { email: 'editor@asean.test', name: 'Ed Itor', password: 'a long editor password' };
  const SUMMARY = 'Para pekerja migran yang kembali mendapat pelatihan usaha dan modal awal.';
  const SOURCE_TITLE = 'Judul sumber dalam bahasa Indonesia';
  let practice = { id: '', title: '' };
  const source = { title: '' };

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
    await atlas.cli(
      ['user', 'create', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'EDITOR'],
      `${EDITOR.password}\n`,
    );
    // A published practice of the Philippines: the seed translates only Indonesia's.
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ practices(first: 1, filter: { countryCodes: ["PH"] }) { nodes { id title } } }',
      }),
    });
    const { data } = (await response.json()) as { data: { practices: { nodes: { id: string; title: string }[] } } };
    practice = data.practices.nodes[0]!;
  }, 120_000);

  afterAll(async () => {
    for (const close of closers) await close();
    await browser?.close();
    await atlas?.dispose();
  });

  const newVisitor = async () => {
    const watched = await watchedPage(browser, atlas.url);
    watched.page.context().setDefaultTimeout(10_000);
    problems.push(watched.problems);
    closers.push(watched.close);
    return watched.page;
  };

  /** The language an element's text is in: its own `lang`, or its nearest ancestor's. */
  const languageOf = (page: Page, selector: string, text: string) =>
    page
      .locator(selector)
      .filter({ hasText: text })
      .first()
      .evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));

  it('an editor adds an Indonesian summary to a published practice from its page', async () => {
    const page = await newVisitor();
    await signInThroughForm(page, atlas.url, EDITOR);

    await page.goto(`${atlas.url}/en/practices/${practice.id}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: practice.title }).waitFor();
    await page.getByRole('button', { name: 'Translations' }).click();
    await page.getByText('No text of this record is translated yet.').waitFor();
    await page.getByRole('button', { name: 'Add a translation' }).click();
    const form = page.getByRole('form', { name: 'New translation' });
    await form.getByRole('combobox', { name: 'Field' }).selectOption('summary');
    await form.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await form.getByRole('textbox', { name: 'Text' }).fill(SUMMARY);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save the translation' }).click();
    await page.getByRole('status').filter({ hasText: 'Translation saved.' }).waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Summary in Indonesian' }) });
    expect(await item.locator('[lang="id"]').textContent()).toBe(SUMMARY);
    await screenshot(page, 'translations-panel');
  }, 60_000);

  it('an anonymous reader of the Indonesian dashboard sees it, marked as Indonesian, beside the English title', async () => {
    const page = await newVisitor();
    await page.goto(`${atlas.url}/id/practices/${practice.id}`, { waitUntil: 'networkidle' });
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await page.locator('.lede').textContent()).toBe(`${SUMMARY} diterjemahkan oleh Atlas`);
    expect(await languageOf(page, '.lede span', SUMMARY)).toBe('id');
    expect(await heading.locator('[lang="en"]').textContent()).toBe(practice.title);
    expect(await heading.textContent()).toBe(`${practice.title} dalam bahasa Inggris`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  it('an editor gives a cited source its title in Indonesian, from the source’s own page', async () => {
    const page = await newVisitor();
    await signInThroughForm(page, atlas.url, EDITOR);
    await page.goto(`${atlas.url}/en/practices/${practice.id}`, { waitUntil: 'networkidle' });
    const sources = page.getByRole('region', { name: 'Sources' });
    source.title = (await sources
      .getByRole('listitem')
      .first()
      .locator('a')
      .first()
      .locator('span')
      .first()
      .textContent())!;
    await sources.getByRole('listitem').first().getByRole('link', { name: 'About this source' }).click();
    await page.getByRole('heading', { level: 1, name: source.title }).waitFor();
    await page.getByRole('button', { name: 'Translations' }).click();
    await page.getByRole('button', { name: 'Add a translation' }).click();
    const form = page.getByRole('form', { name: 'New translation' });
    expect(await form.getByRole('combobox', { name: 'Field' }).inputValue()).toBe('title');
    await form.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await form.getByRole('textbox', { name: 'Text' }).fill(SOURCE_TITLE);
    expect(await form.getByRole('combobox', { name: 'Whose wording' }).inputValue()).toBe('ATLAS');
    await form.getByRole('button', { name: 'Save the translation' }).click();
    await page.getByRole('status').filter({ hasText: 'Translation saved.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  it('a reader of the Indonesian dashboard sees the source under its own title, with the Indonesian one beside it', async () => {
    const page = await newVisitor();
    await page.goto(`${atlas.url}/id/practices/${practice.id}`, { waitUntil: 'networkidle' });
    const item = page.getByRole('region', { name: 'Sumber' }).getByRole('listitem').first();
    await item.waitFor();
    expect(await item.locator('a span').first().textContent()).toBe(source.title);
    expect(await item.locator('a span').first().getAttribute('lang')).toBe('en');
    expect(await item.locator('span[lang="id"]').textContent()).toBe(`[${SOURCE_TITLE}]`);
    expect(await item.getByText('diterjemahkan oleh Atlas').count()).toBe(1);
  }, 60_000);

  it('names the indicators in Indonesian on the Indonesian pages, as the seed translates them', async () => {
    const page = await newVisitor();
    await page.goto(`${atlas.url}/id/indicators`, { waitUntil: 'networkidle' });
    const row = page.getByRole('row').filter({ hasText: 'DESMIGRATIF_VILLAGES_NEW' });
    expect(await row.getByRole('rowheader').textContent()).toBe(
      'Desa Desmigratif baru yang dibentuk pada tahun tersebut',
    );
    expect(await row.getByRole('cell').first().textContent()).toBe('desa');
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /Desa Desmigratif baru/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems.flatMap((watched) => watched.consoleErrors)).toEqual([]);
  }, 60_000);
});
