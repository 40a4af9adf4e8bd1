import type { Browser, Page } from 'playwright-core';
import { answerKey } from '@atlas/shared';
import { OperatorProblem } from '../headless/chromium';

/** One answer of the API as a page of the dashboard asked for it (a GET /graphql). */
export interface RecordedAnswer {
  operationName: string;
  /** The query's text, as the dashboard sent it. */
  query: string;
  /** The variables, exactly as the request carried them (the key the snapshot finds the answer by). */
  variables: string | null;
  /** The answer's body, as the API sent it. */
  body: string;
}

const WAIT_MS = 60_000;
/** Pages read at once: the API and the browser share this machine's cores. */
const AT_ONCE = 3;

// Run in the page (a string: the server is compiled without the DOM's types). Settled: the page
// shows `address`, and says it has nothing, or nothing on it is loading any more.
const SETTLED = (address: string) => `location.pathname + location.search === ${JSON.stringify(address)} &&
  (document.querySelector('[data-not-found], .state-error') ||
   (document.querySelector('main h1') && !document.querySelector('.state-loading, .chart-placeholder')))`;

/**
 * Opens every page (`/<language><page>`) of the Atlas at `origin` in headless Chromium, as an
 * anonymous reader, and records the answers of the API the dashboard asked for, by `answerKey`.
 * A page that is missing or cannot load its data stops the snapshot, named.
 */
export async function recordAnswers(
  browser: Browser,
  origin: string,
  addresses: string[],
  site: string | null,
): Promise<Map<string, RecordedAnswer>> {
  const answers = new Map<string, RecordedAnswer>();
  /** What went wrong with the API's answers, most recent last: said when a page shows an error. */
  const failures: string[] = [];
  // bypassCSP: the wait below is evaluated from a string, which the Atlas's CSP refuses to its own scripts.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    bypassCSP: true,
  });
  // Each GET to the API is fetched here and handed to the page: the body is read before the page
  // can move on (Chromium forgets the bodies of a page that changed address or ran short of memory).
  await context.route(`${origin}/graphql?*`, async (route) => {
    const request = route.request();
    const { searchParams } = new URL(request.url());
    const operationName = searchParams.get('operationName');
    const query = searchParams.get('query');
    let response, body;
    try {
      response = await route.fetch({ timeout: WAIT_MS });
      body = await response.text();
      await route.fulfill({ response, body });
    } catch (error) {
      // Either the page closed meanwhile (the last address read), and nobody waits for this answer;
      // or the API did not answer, and the page is told so: it shows its error, named below, rather
      // than waiting for an answer that will not come.
      failures.push(`${operationName ?? 'a request'}: ${(error as Error).message.split('\n')[0]}`);
      await route.abort('failed').catch(() => {});
      return;
    }
    // An answer with errors is not kept: the page that asked for it fails below instead.
    const errors = errorsOf(body);
    if (response.status() !== 200 || errors?.length) {
      failures.push(
        `${operationName ?? 'a request'}: HTTP ${response.status()}, ${errors?.[0]?.message ?? body.slice(0, 200)}`,
      );
      return;
    }
    if (request.method() !== 'GET' || !operationName || !query) return;
    const variables = searchParams.get('variables');
    answers.set(answerKey(operationName, variables), { operationName, query, variables, body });
  });
  // The pages cite themselves at the live Atlas's address, as they will in the snapshot (print/page-address.ts).
  if (site) await context.addInitScript(`window.atlasPublicOrigin = ${JSON.stringify(site)};`);
  try {
    const queue = [...addresses];
    const reader = async () => {
      const page = await context.newPage();
      let loaded = false;
      for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
        await readPage(page, origin, address, loaded, failures);
        loaded = true;
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, addresses.length) }, reader));
  } finally {
    await context.close();
  }
  return answers;
}

/**
 * Shows `address`: the first time by loading the dashboard, then as its own links do (the address
 * changed in place, the router told), which keeps the scripts and the answers already given: an
 * answer is recorded once, whichever page asked for it first.
 */
async function readPage(
  page: Page,
  origin: string,
  address: string,
  loaded: boolean,
  failures: readonly string[],
): Promise<void> {
  if (loaded) {
    // Two frames: the new page has rendered, its loading states with it, before the wait below looks.
    await page.evaluate(
      `history.pushState(null, '', ${JSON.stringify(address)}); dispatchEvent(new PopStateEvent('popstate'));
       new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`,
    );
  } else {
    await page.goto(origin + address, { waitUntil: 'load', timeout: WAIT_MS });
  }
  await page.waitForFunction(SETTLED(address), undefined, { timeout: WAIT_MS, polling: 50 }).catch((error: Error) => {
    throw new OperatorProblem(
      `${address} was still loading after ${WAIT_MS / 1000} s: ${error.message.split('\n')[0]}`,
    );
  });
  if (await page.$('[data-not-found]'))
    throw new OperatorProblem(`Not found: ${address} (the dashboard has no such page).`);
  if (await page.$('.state-error')) {
    const said = failures.length ? ` (${failures.slice(-3).join('; ')})` : '';
    throw new OperatorProblem(`${address} could not load its data from the Atlas${said}.`);
  }
}

/** The errors of an answer of the API; none when its body is not JSON (a proxy's page). */
function errorsOf(body: string): { message?: string }[] | undefined {
  try {
    return (JSON.parse(body) as { errors?: { message?: string }[] }).errors;
  } catch {
    return undefined;
  }
}
