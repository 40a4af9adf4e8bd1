import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** A problem the operator can fix: said plainly, without a stack. */
export class OperatorProblem extends Error {}

const NAMES = ['chromium', 'chromium-browser'];

/** CHROMIUM_PATH if set, else Debian's `chromium` found on PATH (or at /usr/bin/chromium). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (isExecutable(given)) return given;
    throw new OperatorProblem(`Chromium is not at CHROMIUM_PATH=${given}. ${INSTALL}`);
  }
  const folders = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin'];
  for (const folder of folders) {
    for (const name of NAMES) {
      const candidate = path.join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new OperatorProblem(`Chromium was not found on PATH. ${INSTALL}`);
}

const INSTALL =
  'pnpm cli print and pnpm cli snapshot need Debian’s package `chromium`: install it with `sudo apt-get install -y chromium` ' +
  '(or set CHROMIUM_PATH to a Chromium or Chrome program).';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Headless, with nothing that would phone out from a closed network (as the e2e tests run it). Every
 * page it opens is of the Atlas's own origin, so putting sites in processes of their own buys nothing:
 * without it, the dashboard's browser suite started 30 renderer processes instead of 44 and spent 54 s
 * of CPU instead of 65.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-site-isolation-trials',
    ],
  });
}
