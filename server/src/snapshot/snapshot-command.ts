import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { withHeadlessAtlas } from '../headless/with-headless-atlas';
import { folderRefusal } from './snapshot-folder';
import { takeSnapshot } from './take-snapshot';

export const SNAPSHOT_USAGE = `snapshot --out <folder> [--lang en,id] [--force] [--site https://…]
               (a static copy of the published Atlas that needs no Atlas server: serve the folder with
               any static file server; --lang: its languages, both by default; --force: replace what a
               non-empty folder holds; needs Debian's chromium)`;

const LANGUAGES = ['en', 'id'];

const OPTIONS = {
  out: { type: 'string' },
  lang: { type: 'string', default: LANGUAGES.join(',') },
  force: { type: 'boolean', default: false },
  site: { type: 'string' },
} as const;

/** `pnpm cli snapshot …`: the published Atlas as a folder of static files, to hand out. */
export async function runSnapshot(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values } = parsed;
  if (!values.out) return usage('snapshot needs --out <folder>.');
  const languages = [...new Set(values.lang.split(',').map((language) => language.trim()))];
  const unknown = languages.filter((language) => !LANGUAGES.includes(language));
  if (unknown.length || languages.length === 0) {
    return usage(`--lang takes ${LANGUAGES.join(', ')} (comma-separated); not ${unknown.join(', ') || 'nothing'}.`);
  }
  const folder = path.resolve(values.out);
  // Refused at once, before a browser starts: a folder that holds anything, without --force.
  const refusal = folderRefusal(folder, values.force);
  if (refusal) {
    console.error(refusal);
    return 1;
  }
  const config = loadConfig();
  return withHeadlessAtlas(config, async (browser, atlas) => {
    const started = Date.now();
    const summary = await takeSnapshot(browser, atlas, {
      folder,
      force: values.force,
      languages,
      site: values.site?.replace(/\/+$/, '') ?? null,
      dashboardDir: config.dashboardDir,
    });
    console.log(
      `Wrote a snapshot of the Atlas to ${folder}: ${summary.pages} pages (${languages.join(', ')}), ` +
        `${summary.practices} published practices, ${summary.answers} answers recorded; ` +
        `${summary.files} files, ${summary.bytes} bytes, in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
        `Serve the folder itself with any static file server, e.g. \`npx serve ${values.out}\` or ` +
        `\`python3 -m http.server -d ${values.out}\`, and open its address.`,
    );
    return 0;
  });
}

function usage(problem: string): number {
  console.error(`${problem}\nUsage: pnpm cli ${SNAPSHOT_USAGE}`);
  return 2;
}
