// Prints the size of every built file, raw and gzipped, and the JavaScript a first load of each
// page needs (its entry chunk and their static imports, not dynamic import()): the dashboard
// (index.html, target 150 KB gzip at most, marked *) and the GraphQL explorer at /graphiql
// (graphiql.html, marked g), which must stay out of the dashboard's first load.
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

/**
 * The JavaScript files a first load of `page` fetches: its scripts and their static imports; with
 * `dynamic`, also every chunk they may import() later.
 */
function initialJs(page, { dynamic = false } = {}) {
  const file = path.join(dist, page);
  if (!fs.existsSync(file)) return null;
  const html = fs.readFileSync(file, 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const imports = dynamic
    ? /(?:(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?|import\(\s*)["'`]\.\/([^"'`]+\.js)["'`]/g
    : /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g;
  for (const name of initial) {
    const chunk = files.find((f) => f.name === name);
    for (const match of chunk?.content.matchAll(imports) ?? []) initial.add(match[1]);
  }
  return initial;
}

const dashboard = initialJs('index.html');
const explorer = initialJs('graphiql.html') ?? new Set();
const gzipOf = (set) => files.filter((f) => set.has(f.name)).reduce((sum, f) => sum + f.gzip, 0);
const mark = (name) => (dashboard.has(name) ? '*' : ' ') + (explorer.has(name) ? 'g' : ' ');

console.log('Bundle sizes (KB)');
console.log(['file'.padEnd(49), 'raw'.padStart(9), 'gzip'.padStart(9)].join(' '));
for (const file of files)
  console.log(
    [`${mark(file.name)} ${file.name}`.padEnd(49), kb(file.raw).padStart(9), kb(file.gzip).padStart(9)].join(' '),
  );
const initialGzip = gzipOf(dashboard);
console.log(`Initial JavaScript (* above): ${kb(initialGzip)} KB gzip (target ≤ ${LIMIT_KB} KB)`);
if (explorer.size > 0) {
  const explorerCss = files.filter((f) => f.name.startsWith('graphiql-') && f.name.endsWith('.css'));
  const explorerAll = initialJs('graphiql.html', { dynamic: true });
  console.log(
    `GraphQL explorer at /graphiql (g above): ${kb(gzipOf(explorer))} KB gzip of JavaScript on its first load,` +
      ` ${kb(gzipOf(explorerAll))} KB with the editor chunks it imports next,` +
      ` ${kb(explorerCss.reduce((sum, f) => sum + f.gzip, 0))} KB gzip of CSS; never loaded by the dashboard`,
  );
}
let failed = false;
if (initialGzip / 1024 > LIMIT_KB) {
  console.error(`Initial JavaScript exceeds ${LIMIT_KB} KB gzip`);
  failed = true;
}
// GraphiQL's own class names: a dashboard chunk that has them bundles GraphiQL into the first load.
const leaked = files.filter((f) => dashboard.has(f.name) && f.content.includes('graphiql-container'));
if (leaked.length > 0) {
  console.error(`GraphiQL is in the dashboard's first load: ${leaked.map((f) => f.name).join(', ')}`);
  failed = true;
}
if (failed) process.exit(1);
