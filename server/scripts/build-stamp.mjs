// Whether a package's build is up to date: a hash of everything its build reads (its own files, the
// workspace's lockfile and configuration, the packages it depends on, the environment variables it
// bakes in), kept beside its output. Content, not modification times: a checkout that rewrites
// files with the same bytes, or goes back and forth between branches, rebuilds nothing it needs not.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {object} BuildPackage
 * @property {string} dir the package's folder, relative to the workspace root
 * @property {string} output a file its build writes under dist/, checked to exist
 * @property {string[]} [dependsOn] workspace packages whose sources its output depends on
 * @property {RegExp} [env] environment variables its build reads (and bakes into its output)
 */

/** Files of the workspace root every build reads: dependency versions, shared compiler options, these scripts. */
export const WORKSPACE_INPUTS = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.json',
  'server/scripts/build.mjs',
  'server/scripts/build-stamp.mjs',
];

/**
 * Never inputs, wherever they are: what .gitignore keeps out (installed packages, outputs, logs,
 * databases, gql.tada's generated types), and tests, which no build compiles.
 */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-output', '.vite']);
const SKIPPED_FILES = [/\.log$/, /\.sqlite(-\w+)?$/, /^graphql-env\.d\.ts$/, /\.test\.tsx?$/];
/** A package's local database folder (server/data), skipped at the top of a package only. */
const SKIPPED_TOP_DIRS = new Set(['data']);

/** The stamp of a package's last successful build: the hash of its inputs then. */
export const stampFile = (root, pkg) => path.join(root, pkg.dir, 'dist', '.build-inputs');

/** Every input file of a package, relative to the workspace root, in a stable order. */
export function inputFiles(root, dir) {
  const files = [];
  const walk = (relative, top) => {
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !(top && SKIPPED_TOP_DIRS.has(entry.name))) walk(child, false);
      } else if (entry.isFile() && !SKIPPED_FILES.some((pattern) => pattern.test(entry.name))) {
        files.push(child);
      }
    }
  };
  walk(dir, true);
  return files;
}

/**
 * The hash of everything a package's build reads, the packages it depends on included. Computed
 * before building, from sources only, so it is the same whether or not the outputs exist.
 */
export function inputHash(root, pkg, packages, env = process.env) {
  const hash = createHash('sha256');
  const add = (file) => {
    const at = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(fs.existsSync(at) ? fs.readFileSync(at) : '(none)');
    hash.update('\0');
  };
  for (const file of WORKSPACE_INPUTS) add(file);
  for (const file of inputFiles(root, pkg.dir)) add(file);
  for (const name of Object.keys(env).sort()) {
    if (pkg.env?.test(name)) hash.update(`env ${name}=${env[name]}\0`);
  }
  for (const dependency of pkg.dependsOn ?? []) {
    const other = packages.find((candidate) => candidate.dir === dependency);
    if (!other) throw new Error(`${pkg.dir} depends on ${dependency}, which is not a package of the build`);
    hash.update(`depends on ${dependency} ${inputHash(root, other, packages, env)}\0`);
  }
  return hash.digest('hex');
}

/** Up to date: the last successful build read exactly these inputs, and its output is still there. */
export function isUpToDate(root, pkg, hash) {
  const stamp = stampFile(root, pkg);
  return (
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8').trim() === hash &&
    fs.existsSync(path.join(root, pkg.dir, pkg.output))
  );
}

export function writeStamp(root, pkg, hash) {
  fs.writeFileSync(stampFile(root, pkg), `${hash}\n`);
}
