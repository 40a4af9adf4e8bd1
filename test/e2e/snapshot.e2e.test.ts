import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededAtlas } from '../api/atlas-process';
import { launchBrowser, watchedPage, type PageProblems } from './browser';
import { serveFolder } from './static-server';

const SITE = 'https://atlas.example.org';
const EDITOR = { email: 'snapshot-editor@asean.test', name: 'Sasha Napshot', password: 'a long enough passphrase' };
const DRAFT = { title: 'Unpublished draft: savings circles of returning fishers', summary: 'Not for the handout.' };
/** A filter the practice browser applies in the snapshot, and the API answered before it closed. */
const FILTER = { countryCodes: ['ID', 'PH'], themes: ['ENTREPRENEURSHIP', 'FINANCIAL_LITERACY'] };
const FILTER_ADDRESS = '/en/practices?country=ID,PH&theme=ENTREPRENEURSHIP,FINANCIAL_LITERACY&sort=TITLE';

interface Expected {
  practices: { totalCount: number; nodes: { id: string; title: string }[] };
  filtered: {
    totalCount: number;
    nodes: { title: string }[];
    facets: { countries: { value: string; count: number }[]; themes: { value: string; count: number }[] };
  };
  compareCountries: {
    countries: { code: string; name: string }[];
    indicators: { indicator: { code: string }; values: { country: { code: string } }[] }[];
  };
  programs: { nodes: { id: string; name: string }[] };
}

/**
 * What a facilitator hands out on a USB stick: `pnpm cli snapshot` of the seeded Atlas, served by a
 * plain static file server after the Atlas has stopped, read in Chromium with every request that
 * leaves the folder's server refused.
 */
describe('a static snapshot of the Atlas', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveFolder>>;
  let expected: Expected;
  let output: string;
  let refusal: string;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-snapshot-'));
  const problems: PageProblems[] = [];

  beforeAll(async () => {
    const atlas = await startSeededAtlas();
    try {
      const graphql = async <T>(query: string, variables: object = {}, token?: string): Promise<T> => {
        const response = await fetch(`${atlas.url}/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return ((await response.json()) as { data: T }).data;
      };
      // An editor with a draft: neither may reach the snapshot.
      await atlas.cli(
        ['user', 'create', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'EDITOR'],
        `${EDITOR.password}\n`,
      );
      const { login } = await graphql<{ login: { token: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        EDITOR,
      );
      const { sources } = await graphql<{ sources: { id: string }[] }>('{ sources(first: 1) { id } }');
      await graphql(
        'mutation($input: PracticeInput!) { createPractice(input: $input) { id } }',
        {
          input: {
            ...DRAFT,
            body: 'A draft that stays with its author.',
            countryCode: 'ID',
            year: 2023,
            themes: ['ENTREPRENEURSHIP'],
            dimensions: ['ECONOMIC'],
            evidenceLevel: 'DOCUMENTED',
            sources: [{ sourceId: sources[0]!.id }],
          },
        },
        login.token,
      );
      expected = await graphql<Expected>(
        `
          query ($filter: PracticeFilter) {
            practices(first: 100) {
              totalCount
              nodes {
                id
                title
              }
            }
            filtered: practices(filter: $filter, orderBy: TITLE, first: 100) {
              totalCount
              nodes {
                title
              }
              facets(eachWithoutItsOwnFilter: true) {
                countries {
                  value
                  count
                }
                themes {
                  value
                  count
                }
              }
            }
            compareCountries(codes: ["PH", "ID"]) {
              countries {
                code
                name
              }
              indicators {
                indicator {
                  code
                }
                values {
                  country {
                    code
                  }
                }
              }
            }
            programs(first: 100) {
              nodes {
                id
                name
              }
            }
          }
        `,
        { filter: FILTER },
      );

      // A folder that holds something is refused without --force, and emptied with it.
      fs.writeFileSync(path.join(folder, 'earlier-handout.txt'), 'from an earlier workshop');
      refusal = await atlas.cli(['snapshot', '--out', folder]).then(
        () => 'accepted',
        (error: Error) => error.message,
      );
      output = await atlas.cli(['snapshot', '--out', folder, '--force', `--site=${SITE}`]);
    } finally {
      // The Atlas stops here: from now on there is no API to ask.
      await atlas.dispose();
    }
    site = await serveFolder(folder);
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** A page of the snapshot, with every request that leaves its static server refused. */
  async function open(address: string): Promise<{ page: Page; close: () => Promise<void> }> {
    const watched = await watchedPage(browser, site.url);
    problems.push(watched.problems);
    await watched.page
      .context()
      .route('**/*', (route) =>
        route.request().url().startsWith(site.url) ? route.continue() : route.abort('internetdisconnected'),
      );
    await watched.page.goto(site.url + address, { waitUntil: 'networkidle' });
    await watched.page.locator('main h1').first().waitFor();
    await expect.poll(() => watched.page.locator('.state-loading').count()).toBe(0);
    return { page: watched.page, close: watched.close };
  }

  it('refuses a folder that holds something unless told --force, and replaces what it held with it', () => {
    expect(refusal).toMatch(/failed \(1\): .*is not empty \(1 entries\): choose an empty folder, or add --force/);
    expect(fs.existsSync(path.join(folder, 'earlier-handout.txt'))).toBe(false);
    expect(output).toMatch(/Wrote a snapshot of the Atlas to .*: \d+ pages \(en, id\), \d+ published practices/);
  });

  it('holds no draft, account or history', () => {
    const files = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const data = files
      .filter((entry) => /\.(json|csv|html)$/.test(entry.name))
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
      .join('\n');
    for (const secret of [DRAFT.title, DRAFT.summary, EDITOR.email, EDITOR.name]) expect(data).not.toContain(secret);
    expect(data).not.toMatch(/"__typename":"(Revision|User)"/);
    expect(fs.existsSync(path.join(folder, 'sw.js'))).toBe(false);
    // Every published practice, and nothing more, in the practice browser's data.
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'snapshot', 'manifest.json'), 'utf8')) as {
      practices: Record<string, string>;
    };
    const practices = JSON.parse(fs.readFileSync(path.join(folder, 'snapshot', manifest.practices.en!), 'utf8')) as {
      globalIds: string[];
    };
    expect(practices.globalIds.sort()).toEqual(expected.practices.nodes.map((node) => node.id).sort());
  });

  it('shows the overview and a country profile with its charts, dated, with the API gone', async () => {
    const { page, close } = await open('/en');
    await expect
      .poll(() => page.locator('.snapshot-note').textContent())
      .toMatch(/snapshot .* taken on \d{1,2} \w+ \d{4}/);
    await page.locator('main a[href="/en/countries/ID"]').first().click();
    await page.locator('.chart-canvas svg.recharts-surface path.recharts-curve').first().waitFor();
    expect(await page.locator('h1').textContent()).toContain('Indonesia');
    expect(await page.locator('.snapshot-note').textContent()).toContain('atlas.example.org');
    expect(await page.locator('.state-error').count()).toBe(0);
    await close();
  });

  it('shows every programme and practice page it lists, in both languages', async () => {
    const program = expected.programs.nodes[0]!;
    const practice = expected.practices.nodes[0]!;
    for (const [address, heading] of [
      [`/en/programs/${program.id}`, program.name],
      [`/id/programs/${program.id}`, program.name],
      [`/en/practices/${practice.id}`, practice.title],
    ] as const) {
      const { page, close } = await open(address);
      expect(await page.locator('h1').first().textContent()).toContain(heading);
      expect(await page.locator('.snapshot-note').count()).toBe(1);
      expect(await page.locator('.state-error').count()).toBe(0);
      await close();
    }
  });

  it('compares a selection it never recorded, as the API compared it', async () => {
    const { page, close } = await open('/en/compare?countries=PH,ID');
    await page.locator('#shared-figures').waitFor();
    const summary = await page.locator('.compare-summary').textContent();
    expect(summary).toContain('Philippines');
    expect(summary).toContain('Indonesia');
    expect(summary).not.toContain('Viet Nam');
    // Indicators both report are drawn on one axis; those only one reports are listed as single figures.
    const reporters = expected.compareCountries.indicators.map(
      ({ values }) => new Set(values.map((value) => value.country.code)).size,
    );
    expect(await page.locator('.compare-chart').count()).toBe(reporters.filter((n) => n === 2).length);
    expect(await page.locator('.compare-single').count()).toBe(reporters.filter((n) => n === 1).length);
    expect(await page.locator('.state-error').count()).toBe(0);
    await close();
  });

  it('filters, counts and sorts the practice browser by the API’s rules', async () => {
    const { page, close } = await open(FILTER_ADDRESS);
    await page.locator('.practice-card').first().waitFor();
    const titles = await page.locator('.practice-card h3').allTextContents();
    expect(titles.map((title) => title.trim())).toEqual(
      expected.filtered.nodes.slice(0, titles.length).map((node) => node.title),
    );
    const count = async (id: string) =>
      Number(/\d+/.exec((await page.locator(`label[for="${id}"] .option-count`).textContent()) ?? '')?.[0]);
    for (const { value, count: n } of expected.filtered.facets.countries.filter((facet) => facet.count > 0)) {
      expect(await count(`filter-countryCodes-${value}`)).toBe(n);
    }
    for (const { value, count: n } of expected.filtered.facets.themes.filter((facet) => facet.count > 0)) {
      expect(await count(`filter-themes-${value}`)).toBe(n);
    }
    // Another filter, chosen on the page: still no request leaves the folder's server.
    await page.locator('label[for="filter-countryCodes-PH"]').click();
    await expect.poll(() => page.url()).toContain('country=ID&');
    await expect.poll(() => page.locator('.state-loading').count()).toBe(0);
    expect(await page.locator('.state-error').count()).toBe(0);
    await close();
  });

  it('asked nothing of an API and met no error on any page', () => {
    expect(site.requests.filter((request) => request.startsWith('/graphql'))).toEqual([]);
    for (const problem of problems) {
      expect(problem.consoleErrors).toEqual([]);
      expect(problem.foreignRequests).toEqual([]);
    }
  });
});
