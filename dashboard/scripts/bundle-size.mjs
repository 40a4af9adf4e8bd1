// Prints the size of every built file, raw and gzipped, and the JavaScript a first page load
// needs (the entry chunk and its static imports): the target is 150 KB gzip at most.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const LIMIT_KB = 150;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const files = fs
  .readdirSync(path.join(dist, 'assets'))
  .map((name) => {
    const content = fs.readFileSync(path.join(dist, 'assets', name));
    return { name, raw: content.length, gzip: gzipSync(content).length, content: content.toString('utf8') };
  })
  .sort((a, b) => b.gzip - a.gzip);

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
// Follow static imports of the initial chunks (not dynamic import()).
for (const name of [...initial]) {
  const file = files.find((f) => f.name === name);
  for (const match of file?.content.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
  ) ?? []) {
    if (!initial.has(match[1])) initial.add(match[1]);
  }
}

console.log('Bundle sizes (KB)');
console.log(['file'.padEnd(48), 'raw'.padStart(9), 'gzip'.padStart(9)].join(' '));
for (const file of files)
  console.log(
    [
      `${initial.has(file.name) ? '* ' : '  '}${file.name}`.padEnd(48),
      kb(file.raw).padStart(9),
      kb(file.gzip).padStart(9),
    ].join(' '),
  );
const initialGzip = files.filter((f) => initial.has(f.name)).reduce((sum, f) => sum + f.gzip, 0);
console.log(`Initial JavaScript (* above): ${kb(initialGzip)} KB gzip (target ≤ ${LIMIT_KB} KB)`);
if (initialGzip / 1024 > LIMIT_KB) {
  console.error(`Initial JavaScript exceeds ${LIMIT_KB} KB gzip`);
  process.exit(1);
}
