import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { SNAPSHOT_MANIFEST_PATH, type SnapshotManifest, type SnapshotMeta } from '@atlas/shared';
import { DOWNLOADS } from '../about/about';
import { OperatorProblem } from '../headless/chromium';
import type { LocalAtlas } from '../headless/local-atlas';
import { practiceDatasets } from './practice-dataset';
import { PublicApi } from '../headless/public-api';
import { recordAnswers, type RecordedAnswer } from './record-answers';
import { snapshotPages } from './snapshot-pages';
import { emptyFolder, folderSize, writeDashboard, writeFile } from './snapshot-folder';

export interface SnapshotRequest {
  folder: string;
  force: boolean;
  languages: string[];
  site: string | null;
  dashboardDir: string;
}

export interface SnapshotSummary {
  pages: number;
  answers: number;
  practices: number;
  files: number;
  bytes: number;
}

/**
 * A static copy of the published Atlas in `request.folder`: the dashboard, a page for every
 * address it holds, the API's answers those pages asked for, what the practice browser and the
 * comparison of any selection need, and the open downloads. Read as an anonymous reader: no
 * drafts, accounts or history.
 */
export async function takeSnapshot(
  browser: Browser,
  atlas: LocalAtlas,
  request: SnapshotRequest,
): Promise<SnapshotSummary> {
  const api = new PublicApi(atlas.origin);
  const meta: SnapshotMeta = { takenAt: new Date().toISOString(), languages: request.languages, site: request.site };
  const { pages, countryCodes } = await snapshotPages(api);
  const addresses = request.languages.flatMap((language) =>
    pages.map((page) => `/${language}${page === '/' ? '' : page}`),
  );
  const recorded = await recordAnswers(browser, atlas.origin, addresses, request.site);

  const files = new Map<string, string>();
  /** An answer's file, named by its content: answers that are the same are kept once. */
  const keep = (body: string) => {
    const name = `answers/${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
    files.set(name, body);
    return name;
  };
  const answers = Object.fromEntries([...recorded].map(([key, answer]) => [key, keep(answer.body)]));
  const everyCountry = find(
    recorded,
    'Comparison',
    (variables) => (variables.codes as string[]).length === countryCodes.length,
  );
  const practiceList = find(recorded, 'PracticeList', () => true);
  const datasets = await practiceDatasets(atlas.orm, api, practiceList, request.languages);
  const practices = Object.fromEntries(
    Object.entries(datasets).map(([language, dataset]) => [language, keep(JSON.stringify(dataset))]),
  );
  const manifest: SnapshotManifest = {
    ...meta,
    pages: pages.length,
    answers,
    comparison: keep(everyCountry.body),
    practices,
  };

  const downloads = await Promise.all(DOWNLOADS.map((download) => api.download(download)));
  emptyFolder(request.folder);
  writeDashboard(request.dashboardDir, request.folder, meta, addresses);
  for (const [name, body] of files) writeFile(request.folder, `snapshot/${name}`, body);
  writeFile(request.folder, SNAPSHOT_MANIFEST_PATH, JSON.stringify(manifest));
  writeFile(request.folder, 'README.txt', howToOpen(meta));
  DOWNLOADS.forEach((download, index) => writeFile(request.folder, download.slice(1), downloads[index]!));
  return {
    pages: addresses.length,
    answers: recorded.size,
    practices: datasets[request.languages[0]!]!.rows.length,
    ...folderSize(request.folder),
  };
}

function find(
  recorded: Map<string, RecordedAnswer>,
  operationName: string,
  matches: (variables: Record<string, unknown>) => boolean,
): RecordedAnswer {
  for (const answer of recorded.values()) {
    if (
      answer.operationName === operationName &&
      matches(JSON.parse(answer.variables ?? '{}') as Record<string, unknown>)
    ) {
      return answer;
    }
  }
  throw new OperatorProblem(`The dashboard did not ask for ${operationName} while the snapshot was taken.`);
}

/** What a participant finds beside the pages on the USB stick, in both languages of the Atlas. */
function howToOpen({ takenAt, site }: SnapshotMeta): string {
  const day = takenAt.slice(0, 10);
  return [
    `Reintegration Atlas: a snapshot of ${day}, the data as published that day.`,
    'Open it with any static file server, started in this folder, and go to its address:',
    '  npx serve .        or        python3 -m http.server',
    ...(site ? [`The live Atlas: ${site}`] : []),
    '',
    `Atlas Reintegrasi: salinan tetap (snapshot) tanggal ${day}, data sebagaimana diterbitkan hari itu.`,
    'Buka dengan server berkas statis apa pun yang dijalankan di folder ini, lalu buka alamatnya:',
    '  npx serve .        atau        python3 -m http.server',
    ...(site ? [`Atlas daring: ${site}`] : []),
    '',
  ].join('\n');
}
