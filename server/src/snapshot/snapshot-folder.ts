import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_META_NAME, type SnapshotMeta } from '@atlas/shared';

/** Files of the built dashboard a snapshot leaves out: the service worker (a snapshot never changes) and the API's explorer. */
const LEFT_OUT = new Set(['sw.js', 'graphiql.html']);

/** Why `folder` is refused (it holds anything, and not `force`; it is a file), or null. Checked before the snapshot is taken. */
export function folderRefusal(folder: string, force: boolean): string | null {
  if (!fs.existsSync(folder)) return null;
  if (!fs.statSync(folder).isDirectory()) return `${folder} is a file, not a folder.`;
  const held = fs.readdirSync(folder).length;
  if (held === 0 || force) return null;
  return `${folder} is not empty (${held} entries): choose an empty folder, or add --force to replace what it holds.`;
}

/** Empties `folder` (made if missing) once the snapshot is taken and about to be written. */
export function emptyFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
}

/**
 * The built dashboard into the snapshot, and a copy of its page for every address the snapshot
 * holds (`/<language><page>/index.html`: a plain static server finds it there), each marked as a
 * snapshot with its date, so that it reads the recorded answers instead of asking the API.
 */
export function writeDashboard(dashboardDir: string, folder: string, meta: SnapshotMeta, addresses: string[]): void {
  fs.cpSync(dashboardDir, folder, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(path.relative(dashboardDir, source)),
  });
  const marker = `<meta name="${SNAPSHOT_META_NAME}" content="${escapeAttribute(JSON.stringify(meta))}" />`;
  const page = fs
    .readFileSync(path.join(dashboardDir, 'index.html'), 'utf8')
    .replace('</head>', `  ${marker}\n  </head>`);
  for (const address of ['/', ...addresses]) {
    const where = path.join(folder, ...address.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent));
    fs.mkdirSync(where, { recursive: true });
    fs.writeFileSync(path.join(where, 'index.html'), page);
  }
}

/** A file of the snapshot, its folders made as needed. */
export function writeFile(folder: string, relative: string, content: string | Buffer): void {
  const file = path.join(folder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** How many files and bytes `folder` holds. */
export function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
