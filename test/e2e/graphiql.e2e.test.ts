import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../dashboard/graphiql/examples';
import { startSeededAtlas } from '../api/atlas-process';
import { launchBrowser, screenshot, watchedPage, type PageProblems } from './browser';

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

/**
 * The self-hosted GraphQL explorer at /graphiql, in Debian's chromium against the real built
 * server on the seeded database, as a researcher uses it. The watched page fails on any request
 * outside the origin: GraphiQL, its styles and its fonts all come from our own build.
 */
describe('the GraphQL explorer at /graphiql', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const problems: PageProblems[] = [];

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await atlas?.dispose();
  });

  const graphql = async (query: string, variables?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${atlas.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };

  /** The text of a GraphiQL editor (CodeMirror 5 keeps its instance on the wrapper element). */
  const editorText = (page: Page, selector: string) =>
    page
      .locator(`${selector} .CodeMirror`)
      .first()
      .evaluate((element) => (element as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

  const openExplorer = async () => {
    const watched = await watchedPage(browser, atlas.url);
    problems.push(watched.problems);
    await watched.page.goto(`${atlas.url}/graphiql`, { waitUntil: 'networkidle' });
    await watched.page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    return watched;
  };

  it('serves its page from our own build, uncached, with no script or style from elsewhere', async () => {
    const response = await fetch(`${atlas.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    const references = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.some((url) => /^\/assets\/graphiql-[\w-]+\.js$/.test(url))).toBe(true);
    expect(references.filter((url) => !url.startsWith('/') || url.startsWith('//'))).toEqual([]);
    expect(html).not.toMatch(/https?:\/\/|\/\/cdn|unpkg|jsdelivr/);
    for (const asset of references) expect((await fetch(atlas.url + asset)).status, asset).toBe(200);
    expect((await fetch(`${atlas.url}/graphiql/`)).status).toBe(200);
  });

  it('opens the examples as tabs, runs the first one and shows real data from the seed', async () => {
    const [first] = EXAMPLES;
    const expected = await graphql(first!.query, JSON.parse(first!.variables ?? '{}'));
    const { practices } = expected.data as { practices: { nodes: { title: string }[] } };
    const title = practices.nodes[0]!.title;

    const { page, close } = await openExplorer();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(EXAMPLES.length);
    expect(await page.locator('.graphiql-tab-button').allTextContents()).toEqual(
      EXAMPLES.map((example) => example.name),
    );
    expect(await editorText(page, '.graphiql-query-editor')).toBe(first!.query);

    const request = page.waitForRequest(
      (r) => r.url() === `${atlas.url}/graphql` && (r.postData() ?? '').includes(first!.name),
    );
    await page.getByRole('button', { name: /^Execute query/ }).click();
    expect(JSON.parse((await request).postData()!).variables).toEqual(JSON.parse(first!.variables!));
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 15_000 }).toContain(title);
    const shown = JSON.parse(await editorText(page, '.graphiql-response')) as GraphQLResponse;
    expect(shown.errors).toBeUndefined();
    expect(shown).toEqual(expected);
    await screenshot(page, 'graphiql-example');
    await close();
  });

  it('runs an example with Ctrl-Enter and sends the headers a signed-in researcher pastes', async () => {
    const password = 'a long researcher password';
    await atlas.cli(
      ['user', 'create', '--email', 'researcher@asean.test', '--name', 'Rea Searcher', '--role', 'CONTRIBUTOR'],
      `${password}\n`,
    );
    const login = await graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: 'researcher@asean.test',
      p: password,
    });
    const { token } = (login.data as { login: { token: string } }).login;

    const { page, close } = await openExplorer();
    const setEditor = (selector: string, value: string) =>
      page
        .locator(`${selector} .CodeMirror`)
        .first()
        .evaluate(
          (element, text) =>
            (element as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(text),
          value,
        );
    await setEditor('.graphiql-query-editor', '# Who am I?\nquery WhoAmI {\n  me {\n    name\n    role\n  }\n}\n');
    await page.getByRole('button', { name: 'Headers' }).click();
    await setEditor(
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ Authorization: `Bearer ${token}` }),
    );
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    // GraphiQL reads the operation names of an edited document after a short debounce: run before it,
    // and it sends the previous example's operationName (the server then answers that it has none).
    await page.waitForTimeout(500);
    const request = page.waitForRequest((r) => r.url() === `${atlas.url}/graphql` && /WhoAmI/.test(r.postData() ?? ''));
    await page.keyboard.press('Control+Enter');
    expect((await request).headers().authorization).toBe(`Bearer ${token}`);
    await expect.poll(() => editorText(page, '.graphiql-response'), { timeout: 15_000 }).toContain('Rea Searcher');
    await close();
  });

  it('documents the schema: the docs explorer opens on the query root and its fields', async () => {
    const { page, close } = await openExplorer();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('compareCountries', { exact: true }).first().waitFor();
    await docs.getByText('practices', { exact: true }).first().waitFor();
    await screenshot(page, 'graphiql-docs');
    await close();
  });

  it('made no console error, no failed request and no request outside the origin', () => {
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.flatMap((p) => p.consoleErrors)).toEqual([]);
    expect(problems.flatMap((p) => p.failedRequests)).toEqual([]);
    expect(problems.flatMap((p) => p.foreignRequests)).toEqual([]);
  });

  it.each(EXAMPLES)('runs the $name example on the seed with data and no error', async (example) => {
    const result = await graphql(example.query, example.variables ? JSON.parse(example.variables) : undefined);
    expect(result.errors).toBeUndefined();
    // Every top-level field answers, and no list in the answer is the empty one of a wrong filter or ID.
    for (const [field, value] of Object.entries(result.data ?? {})) {
      expect(value, field).not.toBeNull();
      const counts = JSON.stringify(value).match(/"totalCount":\d+/g) ?? [];
      for (const count of counts) expect(count, `${example.name}: ${field}`).not.toBe('"totalCount":0');
    }
    expect(JSON.stringify(result.data)).not.toMatch(/:\[\]/);
  });

  it('pages through practices with after, as the pagination example explains', async () => {
    const example = EXAMPLES.find((e) => e.name === 'PracticesPage')!;
    type Page = {
      practices: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
    };
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const result = await graphql(example.query, { after });
      expect(result.errors).toBeUndefined();
      const { practices } = result.data as Page;
      total = practices.totalCount;
      for (const edge of practices.edges) seen.add(edge.node.id);
      if (!practices.pageInfo.hasNextPage) break;
      after = practices.pageInfo.endCursor;
    }
    expect(after).not.toBeNull();
    expect(seen.size).toBe(total);
  });
});
