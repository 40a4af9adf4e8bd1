import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { PublicApi } from '../headless/public-api';
import { withHeadlessAtlas } from '../headless/with-headless-atlas';
import { printPage, type Paper, type PrintRequest } from './print-page';

export const PRINT_USAGE = `print <page path> --out file.pdf [--lang en|id] [--paper a4|letter] [--site https://…]
               print --all-countries --out <folder> [--lang …] [--paper …] [--site …]
               (a country, programme, practice or comparison page as a handout; --site: the Atlas's
               public address, for the citation and QR code; needs Debian's chromium)`;

const LANGUAGES = ['en', 'id'];
const PAPERS: readonly Paper[] = ['a4', 'letter'];

const OPTIONS = {
  out: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  paper: { type: 'string', default: 'a4' },
  site: { type: 'string' },
  'all-countries': { type: 'boolean', default: false },
} as const;

/** `pnpm cli print …`: pages of the Atlas as PDF handouts, through headless Chromium. */
export async function runPrint(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { positionals, values } = parsed;
  const all = values['all-countries'];
  if (!values.out) return usage('print needs --out.');
  if (all ? positionals.length > 0 : positionals.length !== 1) {
    return usage(all ? '--all-countries takes no page path.' : 'Which page? Give one path, e.g. /countries/ID.');
  }
  if (!LANGUAGES.includes(values.lang)) return usage(`--lang is one of ${LANGUAGES.join(', ')}.`);
  if (!PAPERS.includes(values.paper as Paper)) return usage(`--paper is one of ${PAPERS.join(', ')}.`);
  const base = { lang: values.lang, paper: values.paper as Paper, site: values.site };

  const { out } = values;
  return withHeadlessAtlas(loadConfig(), async (browser, atlas) => {
    if (!all) {
      await writePdf(browser, atlas.origin, { ...base, path: positionals[0]! }, out);
      return 0;
    }
    fs.mkdirSync(out, { recursive: true });
    for (const country of await memberStates(atlas.origin)) {
      const file = path.join(out, `${country.code}-${slug(country.name)}.pdf`);
      await writePdf(browser, atlas.origin, { ...base, path: `/countries/${country.code}` }, file);
    }
    return 0;
  });
}

async function writePdf(
  browser: Parameters<typeof printPage>[0],
  origin: string,
  request: PrintRequest,
  file: string,
): Promise<void> {
  const pdf = await printPage(browser, origin, request);
  fs.writeFileSync(file, pdf);
  console.log(`Wrote ${file} (${request.path}, ${request.lang}, ${request.paper}: ${pdf.length} bytes).`);
}

/** The member states, as the public API lists them. */
async function memberStates(origin: string): Promise<{ code: string; name: string }[]> {
  const { countries } = await new PublicApi(origin).ask<{ countries: { code: string; name: string }[] }>(
    '{ countries { code name } }',
  );
  return countries;
}

/** "Lao PDR" → "lao-pdr", for a file name. */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function usage(problem: string): number {
  console.error(`${problem}\nUsage: pnpm cli ${PRINT_USAGE}`);
  return 2;
}
