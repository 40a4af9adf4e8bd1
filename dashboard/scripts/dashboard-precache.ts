import fs from 'node:fs';
import path from 'node:path';
import type { ManifestTransform } from 'workbox-build';

/**
 * Narrows the service worker's precache to what the dashboard (index.html) may load: its scripts,
 * styles and every chunk they import, lazily too (pages, catalogs, charts). GraphiQL's page and its
 * own chunks (CodeMirror's modes and add-ons, ≈ 1 MB) stay out: /graphiql needs the network anyway.
 * A file counts as loaded if another loaded one names it, which may keep a few too many, never too few.
 */
export function dashboardPrecache(distDir: string): ManifestTransform {
  return async (entries) => {
    const assets = fs.readdirSync(path.join(distDir, 'assets'));
    const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');
    const loaded = new Set(['index.html', 'favicon.svg']);
    const pending = ['index.html'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      const text = read(file);
      for (const name of assets) {
        const asset = `assets/${name}`;
        if (!loaded.has(asset) && text.includes(name)) {
          loaded.add(asset);
          if (/\.(js|css)$/.test(name)) pending.push(asset);
        }
      }
    }
    return { manifest: entries.filter((entry) => loaded.has(entry.url)) };
  };
}
