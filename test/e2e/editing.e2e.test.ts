import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations, type AxeViolation } from './axe';
import { launchBrowser, screenshot, watch, watchedPage, type PageProblems } from './browser';

/**
 * Issue 4 in a real browser, on the built server: a contributor and an editor created with the CLI
 * write, review and publish a practice; an anonymous reader finds it; two tabs of the editor edit it
 * at once without losing anything; the editor restores the earlier version from its history. Issue
 * 12: the form names five mistakes at once before sending anything; the review queue says who
 * submitted the practice and for which organisation; the editor adds a statistic with a new source
 * to Timor-Leste, sees it on the profile and its chart, and restores the state before it from the
 * statistics' history.
 */
describe('editing the Atlas in a real browser', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const problems: PageProblems[] = [];
  const accessibility: Record<string, AxeViolation[]> = {};
  const closers: (() => Promise<void>)[] = [];

  const CONTRIBUTOR = {
    email: 'contributor@asean.test',
    name: 'Cora Tributor',
    password: 'a long contributor password',
    organisation: 'Federation of Free Workers',
  };
  const EDITOR = { email: 'editor@asean.test', name: 'Ed Itor', password: 'a long editor password' };
  // A word found in no seeded practice, for the anonymous reader's search.
  const WORD = 'Kalamansiwerk';
  const TITLE = `${WORD} cooperative for returning domestic workers`;
  const SUMMARY = 'Returnees run a citrus cooperative together.';
  const TITLE_FROM_A = `${WORD} cooperative for returning workers and their families`;
  const SUMMARY_FROM_B = 'Returnees and their families run a citrus cooperative, with a revolving fund.';
  const BAD_URL = 'not a url';
  const URL_PROBLEM = 'must be a web address starting with http:// or https://';
  const GOOD_URL = 'https://example.org/kalamansiwerk-report';

  // What the scenario hands on from one step to the next.
  let contributorPage: Page;
  let practicePath = '';
  let editor: { page: Page; problems: PageProblems };

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
    for (const [account, role, profile] of [
      [
        CONTRIBUTOR,
        'CONTRIBUTOR',
        ['--organisation', CONTRIBUTOR.organisation, '--constituency', 'WORKERS', '--country', 'PH'],
      ],
      [EDITOR, 'EDITOR', []],
    ] as const) {
      const created = await atlas.cli(
        ['user', 'create', '--email', account.email, '--name', account.name, '--role', role, ...profile],
        `${account.password}\n`,
      );
      expect(created).toContain(`Created ${role} ${account.email}`);
    }
  }, 120_000);

  afterAll(async () => {
    for (const close of closers) await close();
    await browser?.close();
    await atlas?.dispose();
  });

  /** A page of a new browser context (its own session), watched for console errors and stray requests. */
  const newVisitor = async () => {
    const watched = await watchedPage(browser, atlas.url);
    // A step that does not happen fails in seconds, not at the test's timeout.
    watched.page.context().setDefaultTimeout(10_000);
    problems.push(watched.problems);
    closers.push(watched.close);
    return watched;
  };

  /** Another tab of the same browser context (the same signed-in session), watched too. */
  const anotherTab = async (page: Page) => {
    const tab = await page.context().newPage();
    problems.push(watch(tab, atlas.url));
    return tab;
  };

  const signIn = async (page: Page, account: { email: string; name: string; password: string }) => {
    await page.goto(`${atlas.url}/`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(account.name).waitFor();
  };

  const practiceGroup = (page: Page) => page.getByRole('group', { name: 'The practice' });
  const titleField = (page: Page) => practiceGroup(page).getByRole('textbox', { name: 'Title', exact: true });
  const summaryField = (page: Page) => practiceGroup(page).getByRole('textbox', { name: 'Summary', exact: true });
  const workflow = (page: Page) => page.getByRole('region', { name: 'Editorial workflow' });
  const heading = (page: Page) => page.getByRole('heading', { level: 1 });

  /** The text of the element that describes `control` (aria-describedby). */
  const descriptionOf = (control: Locator) =>
    control.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim(),
    );

  it('a contributor writes a practice with five mistakes and is shown all five at once, before anything is sent', async () => {
    const { page } = await newVisitor();
    contributorPage = page;
    await signIn(page, CONTRIBUTOR);
    await page.getByRole('link', { name: 'My practices' }).click();
    await page.getByRole('link', { name: 'New practice', exact: true }).click();
    await page.waitForURL(/\/practices\/new$/);
    await heading(page).filter({ hasText: 'New practice' }).waitFor();
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/graphql')) mutations.push(request.postData() ?? '');
    });

    // Five mistakes: no summary, a year out of range, no dimension, no evidence level, a bad address.
    await titleField(page).fill(TITLE);
    await practiceGroup(page)
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Twelve returnees from Hong Kong buy calamansi from local farms.\n\nThey sell juice and preserves.');
    await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'Philippines' });
    await page.getByRole('spinbutton', { name: 'Year', exact: true }).fill('2099');
    await page
      .getByRole('group', { name: 'Themes' })
      .getByRole('checkbox', { name: 'Entrepreneurship', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Themes' })
      .getByRole('checkbox', { name: 'Financial literacy', exact: true })
      .check();
    const source = page.getByRole('group', { name: 'Source 1' });
    await source.getByRole('textbox', { name: 'Title', exact: true }).fill('Kalamansiwerk annual report 2022');
    await source.getByRole('textbox', { name: 'Address (URL)', exact: true }).fill(BAD_URL);
    await page.getByRole('button', { name: 'Save draft' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
    await summary.waitFor();
    const years = `must be a year from 1900 to ${new Date().getUTCFullYear() + 5}`;
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      'Summary: required',
      `Year: ${years}`,
      'Dimensions: choose at least one',
      'Evidence level: choose how strong the evidence is',
      `Source 1: address (URL): ${URL_PROBLEM}`,
    ]);
    expect(await descriptionOf(summaryField(page))).toBe('required');
    expect(await descriptionOf(page.getByRole('spinbutton', { name: 'Year', exact: true }))).toBe(years);
    expect(await descriptionOf(page.getByRole('group', { name: 'Dimensions' }))).toBe('choose at least one');
    expect(await descriptionOf(page.getByRole('combobox', { name: 'Evidence level', exact: true }))).toBe(
      'choose how strong the evidence is',
    );
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(4);
    await screenshot(page, 'editing-five-mistakes');
    // Checked in the browser with the API's own rules: nothing was sent.
    expect(mutations.filter((body) => body.includes('CreatePractice'))).toEqual([]);
  });

  it('fixes four of them, is shown the bad source address beside its field, fixes it and submits it', async () => {
    const page = contributorPage;
    await summaryField(page).fill(SUMMARY);
    await page.getByRole('spinbutton', { name: 'Year', exact: true }).fill('2021');
    await page
      .getByRole('group', { name: 'Dimensions' })
      .getByRole('checkbox', { name: 'Economic', exact: true })
      .check();
    await page.getByRole('combobox', { name: 'Evidence level', exact: true }).selectOption({ label: 'Documented' });
    const url = page
      .getByRole('group', { name: 'Source 1' })
      .getByRole('textbox', { name: 'Address (URL)', exact: true });
    await page.getByRole('button', { name: 'Save draft' }).click();

    // The API's rule, checked in the browser: beside the field and tied to it, and in the summary at the top.
    const summary = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
    await expect.poll(() => summary.getByRole('listitem').count()).toBe(1);
    expect(await summary.getByRole('link', { name: 'Source 1: address (URL)' }).getAttribute('href')).toBe(
      `#${await url.getAttribute('id')}`,
    );
    expect(await summary.textContent()).toContain(URL_PROBLEM);
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(url)).toBe(URL_PROBLEM);
    expect(await url.locator('xpath=..').getByText(URL_PROBLEM).isVisible()).toBe(true);
    expect(await url.inputValue()).toBe(BAD_URL);
    expect(await titleField(page).inputValue()).toBe(TITLE);
    expect(page.url()).toMatch(/\/practices\/new$/);
    await screenshot(page, 'editing-form-errors');
    accessibility['form with errors'] = await seriousAxeViolations(page);

    // Nothing was created: another tab of the same session lists no practice in progress.
    const myPractices = await anotherTab(page);
    await myPractices.goto(`${atlas.url}/my-practices`, { waitUntil: 'networkidle' });
    await myPractices.getByText('You have no practice in progress.').waitFor();
    expect(await myPractices.getByRole('link', { name: TITLE }).count()).toBe(0);
    await myPractices.close();

    await url.fill(GOOD_URL);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/practices\/(?!new$)[A-Za-z0-9_-]+$/);
    practicePath = new URL(page.url()).pathname;
    await heading(page).filter({ hasText: TITLE }).waitFor();
    await workflow(page).getByText('Saved as a draft.', { exact: false }).waitFor();
    expect(await workflow(page).getByText('Draft', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Kalamansiwerk annual report 2022' }).getAttribute('href')).toBe(
      GOOD_URL,
    );

    await workflow(page).getByRole('button', { name: 'Submit for review' }).click();
    await workflow(page).getByText('Submitted for review:', { exact: false }).waitFor();
    await workflow(page).getByText('In review', { exact: true }).waitFor();
    expect(await workflow(page).getByRole('button', { name: 'Submit for review' }).count()).toBe(0);

    await page.getByRole('link', { name: 'My practices' }).click();
    const inReview = page.getByRole('region', { name: /^In review/ });
    await inReview.getByRole('link', { name: TITLE, exact: true }).waitFor();
    expect(await page.getByRole('region', { name: /^Draft/ }).count()).toBe(0);
    await screenshot(page, 'editing-my-practices');
  });

  it('an editor publishes it from the review queue, and an anonymous reader then finds it', async () => {
    editor = await newVisitor();
    const { page } = editor;
    await signIn(page, EDITOR);
    await page.getByRole('link', { name: 'Review' }).click();
    await heading(page).filter({ hasText: 'Review queue' }).waitFor();
    const item = page.getByRole('listitem', { name: TITLE });
    await item.waitFor();
    expect(await item.getByText(SUMMARY).isVisible()).toBe(true);
    // Who submitted it and for whom, when, and that it is new: never the submitter's e-mail address.
    expect(await item.locator('.review-submission').textContent()).toMatch(
      new RegExp(
        `^Submitted .+ by ${CONTRIBUTOR.name}, ${CONTRIBUTOR.organisation} \\(workers’ organisation, Philippines\\)$`,
      ),
    );
    expect(await item.getByText('New practice', { exact: false }).isVisible()).toBe(true);
    expect(await item.textContent()).not.toContain(CONTRIBUTOR.email);
    await screenshot(page, 'editing-review-queue');
    accessibility['review queue'] = await seriousAxeViolations(page);

    await item.getByRole('button', { name: 'Publish' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Published “${TITLE}”.` })
      .waitFor();
    await item.waitFor({ state: 'detached' });

    const reader = await newVisitor();
    await reader.page.goto(`${atlas.url}/practices?q=${WORD}`, { waitUntil: 'networkidle' });
    await reader.page.getByRole('heading', { level: 2, name: '1 practice' }).waitFor();
    await reader.page.getByRole('link', { name: TITLE }).click();
    await reader.page.waitForURL(`${atlas.url}${practicePath}`);
    await heading(reader.page).filter({ hasText: TITLE }).waitFor();
    expect(await reader.page.getByText(SUMMARY).isVisible()).toBe(true);
    expect(await reader.page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await workflow(reader.page).count()).toBe(0);
    await screenshot(reader.page, 'editing-published-anonymous');
  });

  it('the editor edits it from two tabs: the second save meets a conflict, keeps its edits, and both are saved', async () => {
    const tabA = editor.page;
    const tabB = await anotherTab(tabA);
    for (const tab of [tabA, tabB]) {
      await tab.goto(`${atlas.url}${practicePath}/edit`, { waitUntil: 'networkidle' });
      await expect.poll(() => titleField(tab).inputValue()).toBe(TITLE);
    }

    await titleField(tabA).fill(TITLE_FROM_A);
    await tabA.getByRole('button', { name: 'Save changes' }).click();
    await tabA.waitForURL(`${atlas.url}${practicePath}`);
    await heading(tabA).filter({ hasText: TITLE_FROM_A }).waitFor();

    await summaryField(tabB).fill(SUMMARY_FROM_B);
    await tabB.getByRole('button', { name: 'Save changes' }).click();
    const notice = tabB.getByRole('alert').filter({
      has: tabB.getByRole('heading', { name: 'Someone else saved this practice while you were editing it' }),
    });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('your edits are still in the form');
    expect(await summaryField(tabB).inputValue()).toBe(SUMMARY_FROM_B);
    expect(tabB.url()).toBe(`${atlas.url}${practicePath}/edit`);
    await screenshot(tabB, 'editing-conflict');

    await notice.getByRole('button', { name: 'Load the latest version and keep my edits' }).click();
    await notice.getByText('They changed: Title.', { exact: false }).waitFor();
    expect(await titleField(tabB).inputValue()).toBe(TITLE_FROM_A);
    expect(await summaryField(tabB).inputValue()).toBe(SUMMARY_FROM_B);
    await tabB.getByRole('button', { name: 'Save changes' }).click();
    await tabB.waitForURL(`${atlas.url}${practicePath}`);
    await heading(tabB).filter({ hasText: TITLE_FROM_A }).waitFor();
    await workflow(tabB).getByText('Your changes were saved', { exact: false }).waitFor();
    expect(await tabB.getByText(SUMMARY_FROM_B, { exact: true }).isVisible()).toBe(true);
    expect(await workflow(tabB).getByText('Published', { exact: true }).isVisible()).toBe(true);
    await tabB.close();

    // Nothing lost, as anyone reads it now.
    await tabA.reload({ waitUntil: 'networkidle' });
    await heading(tabA).filter({ hasText: TITLE_FROM_A }).waitFor();
    expect(await tabA.getByText(SUMMARY_FROM_B, { exact: true }).isVisible()).toBe(true);
  });

  it('the editor restores the version before the last edit from the history', async () => {
    const { page } = editor;
    await page.goto(`${atlas.url}${practicePath}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'History' });
    const revisions = history.getByRole('list').first().getByRole('listitem');
    await revisions.first().waitFor();
    expect(await revisions.first().textContent()).toMatch(/^Edited .* by Ed Itor · version \d+ · current/);

    // The newest change is the current state; the first one offering a restore is the one before it.
    const offered = revisions.filter({ has: page.getByRole('button', { name: 'Restore this version' }) }).first();
    expect(await offered.textContent()).toMatch(/^Edited .* by Ed Itor/);
    const version = Number((await offered.textContent())!.match(/version (\d+)/)![1]);
    // Found by its version from now on: once asked to confirm, it no longer offers the button.
    const earlier = revisions.filter({ hasText: new RegExp(`· version ${version}(?!\\d)`) });
    await earlier.getByRole('button', { name: 'Restore this version' }).click();
    const confirm = earlier.getByRole('group', { name: 'Confirm the restore' });
    expect(await confirm.textContent()).toContain(`Bring the record back to version ${version}`);
    await confirm.getByRole('button', { name: 'Yes, restore' }).click();

    await history
      .getByRole('status')
      .filter({ hasText: `Restored version ${version}.` })
      .waitFor();
    await page.getByText(SUMMARY, { exact: true }).waitFor();
    expect(await page.getByText(SUMMARY_FROM_B, { exact: true }).count()).toBe(0);
    expect(await heading(page).textContent()).toBe(TITLE_FROM_A);
    await expect.poll(async () => (await revisions.first().textContent()) ?? '').toMatch(/^Restored .* by Ed Itor/);
    await screenshot(page, 'editing-restored');
  });

  it('the editor adds a 2024 statistic with a new source to Timor-Leste, sees it on the profile and its chart, then restores the state before it', async () => {
    const { page } = editor;
    const STAT_SOURCE = 'Timor-Leste labour migration survey 2024';
    const chartOf = (on: Page) =>
      on.locator('figure.chart').filter({ has: on.getByText('Nationals living abroad', { exact: true }) });
    const statisticsSection = (on: Page) => on.getByRole('region', { name: 'Headline statistics' });

    // The profile as it was: a single 2015 figure for the indicator, so no chart of it yet.
    await page.goto(`${atlas.url}/countries/TL`, { waitUntil: 'networkidle' });
    await statisticsSection(page).getByText('18,129', { exact: false }).first().waitFor();
    expect(await chartOf(page).count()).toBe(0);
    await page.getByRole('link', { name: 'Add or correct its statistics' }).click();
    await page.waitForURL(/\/countries\/TL\/statistics$/);
    const row = page.getByRole('group', { name: 'New statistic 1' });
    await row.waitFor();
    const recorded = page.getByRole('heading', { name: /^Recorded statistics \(\d+\)$/ });
    const before = Number(/\((\d+)\)/.exec((await recorded.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);

    await row.getByRole('combobox', { name: 'Indicator' }).selectOption({ label: 'Nationals living abroad (persons)' });
    const year = row.getByRole('spinbutton', { name: 'Year', exact: true });
    await year.fill('2099');
    await row.getByRole('spinbutton', { name: 'Value', exact: true }).fill('21000');
    await row.getByRole('radio', { name: 'A new source' }).check();
    await row.getByRole('textbox', { name: 'Title', exact: true }).fill(STAT_SOURCE);
    await row
      .getByRole('textbox', { name: 'Address (URL)', exact: true })
      .fill('https://example.org/tl-labour-migration-2024');
    await row.getByRole('textbox', { name: 'Publisher', exact: true }).fill('SEFOPE');
    await page.getByRole('button', { name: 'Add the statistic' }).click();
    // Checked in the browser with the API's rules: the year, beside its field, and nothing sent.
    await expect.poll(() => descriptionOf(year)).toMatch(/^must be a year from 1900 to 20\d\d$/);
    await year.fill('2024');
    await page.getByRole('button', { name: 'Add the statistic' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: 1 statistic added to Timor-Leste.' }).waitFor();
    await page.getByRole('heading', { name: `Recorded statistics (${before + 1})` }).waitFor();
    await screenshot(page, 'editing-statistics');
    accessibility['statistics page'] = await seriousAxeViolations(page);

    // Back on the profile in the same tab (its cached answer replaced), and as an anonymous reader.
    await page.getByRole('link', { name: 'Timor-Leste', exact: true }).click();
    await page.waitForURL(/\/countries\/TL$/);
    const reader = await newVisitor();
    await reader.page.goto(`${atlas.url}/countries/TL`, { waitUntil: 'networkidle' });
    for (const on of [page, reader.page]) {
      const chart = chartOf(on);
      await chart.locator('.recharts-surface').waitFor();
      await chart.getByText('Table of the values, with sources').click();
      const year2024 = chart.getByRole('row').filter({ has: on.getByRole('rowheader', { name: '2024' }) });
      expect(await year2024.textContent()).toContain('21,000');
      expect(await statisticsSection(on).getByRole('link', { name: STAT_SOURCE }).count()).toBeGreaterThan(0);
    }
    await screenshot(reader.page, 'editing-statistic-published');

    // The history of the statistics: the state before the addition is no such figure.
    await page.goBack();
    await page.waitForURL(/\/countries\/TL\/statistics$/);
    await page.getByRole('button', { name: 'History of the statistics' }).click();
    const added = page.getByRole('listitem', { name: 'Nationals living abroad, 2024', exact: true });
    expect(await added.textContent()).toMatch(/Created .* by Ed Itor · version 1 · current/);
    await added.getByRole('button', { name: 'Restore the state before this change' }).click();
    await added
      .getByRole('group', { name: 'Confirm the restore' })
      .getByRole('button', { name: 'Yes, restore' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Removed the record again.' }).waitFor();
    await page.getByRole('heading', { name: `Recorded statistics (${before})` }).waitFor();

    await reader.page.reload({ waitUntil: 'networkidle' });
    await statisticsSection(reader.page).getByText('18,129', { exact: false }).first().waitFor();
    expect(await chartOf(reader.page).count()).toBe(0);
    expect(await statisticsSection(reader.page).getByRole('link', { name: STAT_SOURCE }).count()).toBe(0);
  });

  it('made no console error, no failed request and no request outside the origin', () => {
    expect(problems.flatMap((p) => p.consoleErrors)).toEqual([]);
    expect(problems.flatMap((p) => p.failedRequests)).toEqual([]);
    expect(problems.flatMap((p) => p.foreignRequests)).toEqual([]);
  });

  it('has no serious or critical accessibility violation (axe-core) on the form with errors, the review queue and the statistics page', () => {
    expect(accessibility).toEqual({ 'form with errors': [], 'review queue': [], 'statistics page': [] });
  });
});
