import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startSeededAtlas } from '../api/atlas-process';
import { launchBrowser, watchedPage } from './browser';

const SITE = 'https://atlas.example.org';

// pdf.js (in unpdf) builds operator lists with ArrayBuffer's transferToFixedLength, which Node 20 lacks.
const buffers = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
buffers.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};
const CITATION = `Reintegration Atlas (ASEAN). ${SITE}/en/countries/ID. Accessed `;

/** What a facilitator hands out: `pnpm cli print` of a country's profile, read back from the PDF. */
describe('printed handouts', () => {
  let atlas: Awaited<ReturnType<typeof startSeededAtlas>>;
  let browser: Browser;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-print-'));

  beforeAll(async () => {
    atlas = await startSeededAtlas();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await atlas?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('draws every chart of the printed page at its paper size', async () => {
    const { page, problems, close } = await watchedPage(browser, atlas.url);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${atlas.url}/en/countries/ID`, { waitUntil: 'networkidle' });
    await page.locator('.chart-canvas svg.recharts-surface').first().waitFor();
    const charts = await page.locator('.chart-canvas').evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const svg = canvas.querySelector('svg.recharts-surface');
        const box = svg?.getBoundingClientRect();
        const lines = Array.from(canvas.querySelectorAll('path.recharts-curve')).filter((line) =>
          line.getAttribute('d'),
        );
        return { width: box?.width ?? 0, height: box?.height ?? 0, lines: lines.length };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(chart).toMatchObject({ width: 640, height: 280, lines: expect.any(Number) });
    expect(charts.every((chart) => chart.lines > 0)).toBe(true);
    // The tables of the values are open on paper, and the controls are gone.
    expect(await page.locator('.chart table').first().isVisible()).toBe(true);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-footer .qr-code').isVisible()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('prints a country profile with the citation and data date on every page and its sources in full', async () => {
    const file = path.join(folder, 'ID.pdf');
    const output = await atlas.cli(['print', '/countries/ID', '--out', file, `--site=${SITE}`]);
    expect(output).toContain(`Wrote ${file}`);
    const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(file)));
    const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(1);
    for (const text of pages) {
      expect(text).toContain(CITATION);
      expect(text).toMatch(/Data as read from the Atlas on \d{1,2} \w+ \d{4}/);
    }
    const all = pages.join('\n');
    for (const heading of ['Indonesia', 'Main laws and policies', 'Headline statistics', 'Programmes', 'Practices']) {
      expect(all).toContain(heading);
    }
    for (const navigation of ['Skip to content', 'Compare countries', 'GraphQL explorer', 'Sign in']) {
      expect(all).not.toContain(navigation);
    }
    // "[1]" markers in the text, and the notes with their full addresses at the end.
    expect(all).toMatch(/\[1\]/);
    const notes = all.slice(all.lastIndexOf('Sources'));
    expect(notes.match(/https:\/\/\S+/g)?.length).toBeGreaterThan(5);

    // The chart's page draws paths (its lines, markers and grid) beyond the QR code every page has.
    const { OPS } = await getResolvedPDFJS();
    const paths = async (index: number) =>
      (await (await pdf.getPage(index + 1)).getOperatorList()).fnArray.filter((op) => op === OPS.constructPath).length;
    const chartPage = pages.findIndex((text) => text.includes('Workers deployed or placed abroad'));
    const plainPage = pages.findIndex((text) => !text.includes('Workers deployed') && !text.includes('Sources'));
    expect(chartPage).toBeGreaterThanOrEqual(0);
    expect(await paths(chartPage)).toBeGreaterThan((await paths(plainPage)) + 10);
  });

  it('names a page that does not exist', async () => {
    await expect(atlas.cli(['print', '/countries/XX', '--out', path.join(folder, 'XX.pdf')])).rejects.toThrow(
      /failed \(1\): Not found: \/en\/countries\/XX/,
    );
    expect(fs.existsSync(path.join(folder, 'XX.pdf'))).toBe(false);
  });

  it('says how to install Chromium when it is missing', async () => {
    await expect(
      runCli(['print', '/countries/ID', '--out', path.join(folder, 'no.pdf')], {
        ...atlas.env,
        CHROMIUM_PATH: '/nonexistent',
      }),
    ).rejects.toThrow(
      /failed \(1\): Chromium is not at CHROMIUM_PATH=\/nonexistent\. .*package `chromium`.*apt-get install -y chromium/,
    );
  });
});
