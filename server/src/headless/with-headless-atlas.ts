import type { Browser } from 'playwright-core';
import type { AtlasConfig } from '../config';
import { findChromium, launchChromium, OperatorProblem } from './chromium';
import { startLocalAtlas, type LocalAtlas } from './local-atlas';

/**
 * Runs a command's `work` with headless Chromium and the Atlas on a local port, both closed after:
 * its exit code, or 1 for a problem the operator can fix (`OperatorProblem`), said plainly.
 */
export async function withHeadlessAtlas(
  config: AtlasConfig,
  work: (browser: Browser, atlas: LocalAtlas) => Promise<number>,
): Promise<number> {
  try {
    const browser = await launchChromium(findChromium());
    const atlas = await startLocalAtlas(config).catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
    try {
      return await work(browser, atlas);
    } finally {
      await browser.close();
      await atlas.close();
    }
  } catch (error) {
    if (!(error instanceof OperatorProblem)) throw error;
    console.error(error.message);
    return 1;
  }
}
