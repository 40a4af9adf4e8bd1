import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { seriousAxeViolations, type AxeViolation } from './axe';
import { launchBrowser, watch, watchedPage, type PageProblems, signInThroughForm } from './browser';

/**
 * Issue 14 in a real browser, on the built server: every page of the dashboard, anonymous and
 * signed in as an editor, in the pseudo-language (`/en-XA/…`: every message of the catalog accented
 * and a third longer) and in Bahasa Indonesia.
 * - In the pseudo-language, a word of plain letters that is not the Atlas's content (read from its
 *   own download, /export/atlas.json) nor marked as in another language (`lang`) is a text that
 *   does not come from the catalog: untranslated.
 * - At 375 px wide, no page is wider than the screen, even with texts a third longer.
 * - In Indonesian, `<html lang="id">` and no serious accessibility problem.
 */
describe('the dashboard in every language', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  /** The editor's tabs, one per route shown at once: one browser context, so one session. */
  const editorPages: Page[] = [];
  /** An anonymous reader's tabs, as many, in a context of their own (no session). */
  const anonymousPages: Page[] = [];
  const problems: PageProblems[] = [];
  const closers: (() => Promise<void>)[] = [];
  const EDITOR = { email: 'editor@asean.test', name: 'Ed Itor', password: 'a long editor password' };
  const PHONE = { width: 375, height: 800 };
  /**
   * How many routes are shown at once. A page mostly waits (on the server, and on 'networkidle': half
   * a second with no request), so one page at a time left the machine idle: 44 pages took about 60 s.
   */
  const AT_ONCE = 4;

  /** Every text of the Atlas's content: what a page shows as it is stored, in its own language. */
  let content: string[] = [];
  let practiceId = '';
  let programId = '';
  let sourceId = '';

  const graphql = async <T = Record<string, { edges: { node: { id: string } }[] }>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: T }).data;
  };

  /** A practice waiting in the review queue, so the queue shows a submission (its texts are content). */
  const SUBMITTED = { title: 'Savings circles of returning fishers', summary: 'Returnees save together.' };
  const submitPractice = async (sourceId: string) => {
    const { login } = await graphql<{ login: { token: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: EDITOR.email, password: EDITOR.password },
    );
    const input = {
      ...SUBMITTED,
      body: 'Returnees save together and lend to each other.',
      countryCode: 'PH',
      year: 2022,
      themes: ['ENTREPRENEURSHIP'],
      dimensions: ['ECONOMIC'],
      evidenceLevel: 'DOCUMENTED',
      sources: [{ sourceId }],
    };
    const { createPractice } = await graphql<{ createPractice: { id: string } }>(
      'mutation($input: PracticeInput!) { createPractice(input: $input) { id } }',
      { input },
      login.token,
    );
    await graphql('mutation($id: ID!) { submitPractice(id: $id) { id } }', { id: createPractice.id }, login.token);
  };

  /** AT_ONCE watched tabs on a phone, in a browser context of their own, signed in as `account` if given. */
  const openTabs = async (account?: typeof EDITOR): Promise<Page[]> => {
    const watched = await watchedPage(browser, atlas.url, PHONE);
    problems.push(watched.problems);
    closers.push(watched.close);
    if (account) await signInThroughForm(watched.page, atlas.url, account);
    const tabs = [watched.page];
    while (tabs.length < AT_ONCE) {
      const tab = await watched.page.context().newPage();
      watch(tab, atlas.url, watched.problems);
      tabs.push(tab);
    }
    return tabs;
  };

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
    await atlas.cli(
      ['user', 'create', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'EDITOR'],
      `${EDITOR.password}\n`,
    );
    const dataset: unknown = await (await fetch(`${atlas.url}/export/atlas.json`)).json();
    const texts = new Set<string>([EDITOR.name, EDITOR.email, SUBMITTED.title, SUBMITTED.summary]);
    const collect = (value: unknown): void => {
      // White space folded: a page joins a body's lines into paragraphs.
      if (typeof value === 'string' && /[A-Za-z]/.test(value)) texts.add(value.replace(/\s+/g, ' ').trim());
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(dataset);
    // Longest first, so that a text is taken out whole before a shorter one inside it.
    content = [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
    const ids = await graphql<{
      practices: { edges: { node: { id: string; sources: { id: string }[] } }[] };
      programs: { edges: { node: { id: string } }[] };
    }>('{ practices(first: 1) { edges { node { id sources { id } } } } programs(first: 1) { edges { node { id } } } }');
    practiceId = ids.practices!.edges[0]!.node.id;
    programId = ids.programs!.edges[0]!.node.id;
    sourceId = ids.practices!.edges[0]!.node.sources[0]!.id;
    await submitPractice(sourceId);

    editorPages.push(...(await openTabs(EDITOR)));
    // A tab loads each page afresh (a full navigation), as a new reader's would: a fresh context per
    // page cost a browser process each, and 46 of them kept both cores busy for a minute and a half.
    anonymousPages.push(...(await openTabs()));
  }, 180_000);

  afterAll(async () => {
    for (const close of closers) await close();
    await browser?.close();
    await atlas?.dispose();
  });

  const publicRoutes = () => [
    '/',
    '/practices',
    `/practices/${practiceId}`,
    '/countries/ID',
    `/programs/${programId}`,
    '/compare?countries=ID,PH,VN',
    `/sources/${sourceId}`,
    '/indicators',
    '/coverage',
    '/indicators/DESMIGRATIF_VILLAGES_NEW',
    '/sign-in',
    '/no-such-page',
  ];
  const editorRoutes = () => [
    '/my-practices',
    '/review',
    '/practices/new',
    `/practices/${practiceId}/edit`,
    '/countries/ID/edit',
    '/countries/ID/statistics',
    '/programs/new',
    `/programs/${programId}/edit`,
    `/programs/${programId}/outcomes`,
    `/sources/${sourceId}`,
    '/indicators/REMITTANCES_USD',
  ];

  /**
   * Shows every public route in one of the anonymous tabs and every editor route in one of the
   * editor's tabs, each loaded afresh, in `locale` on a phone, AT_ONCE at a time; `check` reads each page once its
   * heading is there. Resolves with what `check` found, by "anonymous /path" or "editor /path".
   */
  const showEveryRoute = async <T>(locale: string, check: (page: Page) => Promise<T>) => {
    const routes = [
      ...publicRoutes().map((path) => ({ path, signedIn: false })),
      ...editorRoutes().map((path) => ({ path, signedIn: true })),
    ];
    const found: Record<string, T> = {};
    const showNext = async (tab: number) => {
      for (let route = routes.shift(); route; route = routes.shift()) {
        const page = (route.signedIn ? editorPages : anonymousPages)[tab]!;
        await page.goto(`${atlas.url}/${locale}${route.path}`, { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        found[`${route.signedIn ? 'editor' : 'anonymous'} ${route.path}`] = await check(page);
      }
    };
    await Promise.all(editorPages.map((_, tab) => showNext(tab)));
    return found;
  };

  /** Words of plain letters on the page, in texts and in what assistive technology reads, that are not content. */
  const plainWords = (page: Page) =>
    page.evaluate((contentTexts) => {
      const found = new Set<string>();
      const check = (text: string | null, where: string) => {
        let rest = (text ?? '').replace(/\s+/g, ' ').trim();
        // A part of a content text (a paragraph of a practice's body) is content too.
        if (rest.length > 0 && contentTexts.some((piece) => piece.includes(rest))) return;
        for (const piece of contentTexts) if (rest.includes(piece)) rest = rest.split(piece).join(' ');
        for (const word of rest.match(/(?<![\p{L}\p{N}])[A-Za-z]{3,}(?![\p{L}\p{N}])/gu) ?? [])
          found.add(`${where}: ${word}`);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, code, pre, input, textarea')) continue;
        // Content marked as in another language than the page's (the language switch's names, untranslated texts).
        const language = parent.closest('[lang]');
        if (language && language.getAttribute('lang') !== document.documentElement.lang) continue;
        check(node.textContent, parent.tagName.toLowerCase());
      }
      for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')))
        for (const attribute of ['aria-label', 'title', 'placeholder', 'alt'])
          check(element.getAttribute(attribute), `@${attribute}`);
      check(document.title, 'title');
      return [...found];
    }, content);

  /** Every region name Intl writes in English, for the ISO 3166-1 alpha-2 codes it knows. */
  function regionNames(): string[] {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    return [...letters].flatMap((a) => [...letters].flatMap((b) => names.of(a + b) ?? []));
  }

  /** What Intl itself writes in English for the pseudo-language: month names, number words, lists' "and", countries. */
  const INTL_WORDS = new Set(
    [
      ...Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2019, month, 15))).flatMap((date) => [
        date.toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
        date.toLocaleString('en', { month: 'short', timeZone: 'UTC' }),
      ]),
      'thousand',
      'million',
      'billion',
      'trillion',
      'and',
      // Countries named by Intl.DisplayNames (a figure's destination: "to Brunei", any country).
      ...regionNames().flatMap((name) => name.split(/[^A-Za-z]+/)),
    ].map((word) => word.toLowerCase()),
  );

  const widerThanTheScreen = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('shows every page in the pseudo-language with no text outside the catalog and nothing wider than a phone', async () => {
    const found = await showEveryRoute('en-XA', async (page) => ({
      words: (await plainWords(page)).filter((word) => !INTL_WORDS.has(word.split(': ')[1]!.toLowerCase())),
      overflow: await widerThanTheScreen(page),
    }));
    const untranslated: Record<string, string[]> = {};
    const overflowing: Record<string, number> = {};
    for (const [route, { words, overflow }] of Object.entries(found)) {
      if (words.length > 0) untranslated[route] = words;
      if (overflow > 1) overflowing[route] = overflow;
    }
    expect(untranslated).toEqual({});
    expect(overflowing).toEqual({});
  }, 300_000);

  it('shows every page in Bahasa Indonesia, marked as Indonesian, with no serious accessibility problem', async () => {
    const found = await showEveryRoute('id', async (page) => ({
      lang: await page.evaluate(() => document.documentElement.lang),
      violations: await seriousAxeViolations(page),
    }));
    const accessibility: Record<string, AxeViolation[]> = {};
    for (const [route, { lang, violations }] of Object.entries(found)) {
      expect(lang, route).toBe('id');
      if (violations.length > 0) accessibility[route] = violations;
    }
    expect(accessibility).toEqual({});
    expect(problems.flatMap((page) => page.consoleErrors)).toEqual([]);
  }, 300_000);
});
