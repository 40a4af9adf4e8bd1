import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/*
 * The folders' roles, read from the import statements of server/src:
 * - graphql/ is plumbing (errors, IDs, pagination, loaders, the context's type): any folder may
 *   import it, and it loads no code from outside itself. Only the context's type (context.ts) names
 *   types of other folders (the viewer, the restorers), in type-only imports.
 * - assembly/ is the wiring (schema, context, Apollo, restorers): it imports everything, and only
 *   the entry points (app.ts, main.ts, the CLI) and tests import it.
 * - No folder depends on itself through others, apart from the ORM's entity relations (an entity
 *   naming another, and db/entities.ts listing them all for the ORM): a parent's field that lists a
 *   child lives with the child (`Country.practices` in practices/), and who may read or do what
 *   lives in access/, which every domain may import.
 */

const SOURCE = __dirname;
const PLUMBING = 'graphql';
const ASSEMBLY = 'assembly';
const CONTEXT_TYPE = 'graphql/context.ts';
const ENTRY_POINTS = [/^app\.ts$/, /^main\.ts$/, /^cli\//, /\.test\.ts$/];

interface Import {
  /** The importing file, relative to server/src (`practices/practice-search.ts`). */
  file: string;
  /** The imported module, relative to server/src without extension (`graphql/errors`). */
  target: string;
  typeOnly: boolean;
}

const STATEMENT =
  /^\s*(?:import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of server/src; `import { type A, type B }` counts as type-only. */
function imports(): Import[] {
  return sourceFiles(SOURCE).flatMap((full) => {
    const file = path.relative(SOURCE, full).split(path.sep).join('/');
    return [...fs.readFileSync(full, 'utf8').matchAll(STATEMENT)].flatMap((match) => {
      const specifier = match[3] ?? match[4]!;
      if (!specifier.startsWith('.')) return [];
      const names = /^\{([^}]*)\}$/.exec(match[2]?.trim() ?? '')?.[1];
      const allTypes =
        names !== undefined &&
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
          .every((name) => name.startsWith('type '));
      const target = path
        .relative(SOURCE, path.resolve(path.dirname(full), specifier))
        .split(path.sep)
        .join('/');
      return [{ file, target, typeOnly: match[1] !== undefined || allTypes }];
    });
  });
}

const folderOf = (file: string) => file.split('/')[0]!;

it('reads the import statements of server/src', () => {
  const found = imports();
  expect(found.length).toBeGreaterThan(500);
  expect(found).toContainEqual({ file: 'app.ts', target: 'assembly/schema', typeOnly: false });
  expect(found).toContainEqual({ file: 'graphql/context.ts', target: 'access/viewer', typeOnly: true });
});

it('keeps the plumbing (graphql/) free of every other folder', () => {
  const outside = imports().filter(
    ({ file, target, typeOnly }) =>
      folderOf(file) === PLUMBING &&
      folderOf(target) !== PLUMBING &&
      !(typeOnly && file === CONTEXT_TYPE) &&
      !file.endsWith('.test.ts'),
  );
  expect(outside.map(({ file, target }) => `${file} imports ${target}`)).toEqual([]);
});

it('lets only the entry points and tests import the assembly', () => {
  const importers = imports().filter(
    ({ file, target }) =>
      folderOf(target) === ASSEMBLY && folderOf(file) !== ASSEMBLY && !ENTRY_POINTS.some((entry) => entry.test(file)),
  );
  expect(importers.map(({ file, target }) => `${file} imports ${target}`)).toEqual([]);
});

/** An import the ORM needs between entities: a relation, or the entity list in db/entities.ts. */
const isEntityRelation = ({ file, target }: Import) =>
  (file.endsWith('.entity.ts') || file === 'db/entities.ts') && target.endsWith('.entity');

it('has no loop between folders apart from the entities’ relations', () => {
  const edges = new Map<string, Set<string>>();
  for (const entry of imports()) {
    const [from, to] = [folderOf(entry.file), folderOf(entry.target)];
    if (entry.typeOnly || entry.file.endsWith('.test.ts') || isEntityRelation(entry) || from === to) continue;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(edges.get(from) ?? [])].some(
      (next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
    );
  const inLoops = [...edges.keys()].filter((folder) => reaches(folder, folder));
  expect(inLoops).toEqual([]);
});
