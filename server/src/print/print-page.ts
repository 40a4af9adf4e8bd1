import type { Browser, Page } from 'playwright-core';
import { OperatorProblem } from '../headless/chromium';

export type Paper = 'a4' | 'letter';

export interface PrintRequest {
  /** A dashboard address: /countries/ID, /programs/…, /practices/…, /compare?countries=ID,MY,PH */
  path: string;
  lang: string;
  paper: Paper;
  /** The Atlas's public address, for the citation and QR code (else the local one the page is read from). */
  site?: string;
}

const WAIT_MS = 60_000;

/** The page at `path` of the Atlas at `origin`, printed to PDF as the browser's Print would. */
export async function printPage(browser: Browser, origin: string, request: PrintRequest): Promise<Buffer> {
  const address = pageAddress(request.path, request.lang);
  // bypassCSP: the waits below are evaluated from strings, which the Atlas's CSP refuses to its own scripts.
  const context = await browser.newContext({
    locale: request.lang,
    viewport: { width: 800, height: 1100 },
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    if (request.site) {
      const site = request.site.replace(/\/+$/, '');
      await page.addInitScript(`window.atlasPublicOrigin = ${JSON.stringify(site)};`);
    }
    // Print media first, as the browser's Print does: the page renders its charts at their paper size.
    await page.emulateMedia({ media: 'print' });
    await page.goto(origin + address, { waitUntil: 'networkidle', timeout: WAIT_MS });
    await waitForContent(page, address);
    return await page.pdf({ format: request.paper === 'a4' ? 'A4' : 'Letter', printBackground: true });
  } finally {
    await context.close();
  }
}

/** `path` under its language: a path that already starts with one (/id/…) keeps it. */
export function pageAddress(path: string, lang: string): string {
  const absolute = path.startsWith('/') ? path : `/${path}`;
  return /^\/[a-z]{2}(\/|\?|$)/.test(absolute) ? absolute : `/${lang}${absolute === '/' ? '' : absolute}`;
}

// Run in the page (strings: the server is compiled without the DOM's types).
/**
 * Settled: a page that says it has nothing (not found, no data), or one loaded (its data and lazy
 * charts) that is either not a handout or a handout with its footer's citation.
 */
const SETTLED = `document.querySelector('[data-not-found], .state-error') ||
  (!document.querySelector('.state-loading, .chart-placeholder') &&
   (!document.querySelector('.print-frame') || document.querySelector('.print-citation')))`;
/** Every chart drawn at its paper size, a line in each. */
const CHARTS_DRAWN = `[...document.querySelectorAll('.chart-canvas')].every((canvas) =>
  [...canvas.querySelectorAll('svg.recharts-surface path.recharts-curve')].some((path) => path.getAttribute('d')))`;

async function waitForContent(page: Page, address: string): Promise<void> {
  await page.waitForFunction(SETTLED, undefined, { timeout: WAIT_MS });
  if (await page.$('[data-not-found]'))
    throw new OperatorProblem(`Not found: ${address} (the dashboard has no such page).`);
  if (await page.$('.state-error')) throw new OperatorProblem(`${address} could not load its data from the Atlas.`);
  if (!(await page.$('.print-frame'))) {
    throw new OperatorProblem(
      `${address} does not print as a handout: print a country, programme, practice or comparison page.`,
    );
  }
  await page.waitForFunction(CHARTS_DRAWN, undefined, { timeout: WAIT_MS });
  await page.evaluate('document.fonts.ready.then(() => true)');
}
