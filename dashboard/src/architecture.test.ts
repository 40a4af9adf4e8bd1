import { describe, expect, it } from 'vitest';

// Every file under pages/, as text: the page folders' imports are read from the source itself.
const sources = import.meta.glob<string>('./pages/**/*.{ts,tsx,css}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** `./pages/practice/PracticePage.tsx` → `practice`; a file directly in pages/ has no folder. */
function pageFolder(path: string): string | null {
  return /^\.\/pages\/([^/]+)\//.exec(path)?.[1] ?? null;
}

/** The modules a file imports (static and dynamic imports, re-exports, CSS @import). */
function importsOf(source: string): string[] {
  const specifiers = source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*|@import\s+)['"]([^'"]+)['"]/g);
  return [...specifiers].map((match) => match[1]!);
}

/** Where a relative import leads, as a path from this folder (`./pages/program/figures.ts`). */
function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

describe('pages stand alone', () => {
  it('reads the page folders', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it('no page folder imports another page folder: what two pages share lives in a shared folder', () => {
    const crossings = Object.entries(sources).flatMap(([path, source]) => {
      const folder = pageFolder(path);
      return importsOf(source)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({ specifier, target: pageFolder(resolve(path, specifier)) }))
        .filter(({ target }) => target !== null && target !== folder)
        .map(({ specifier }) => `${path} imports ${specifier}`);
    });
    expect(crossings).toEqual([]);
  });
});
