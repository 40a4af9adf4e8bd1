// `pnpm build`: builds each package whose inputs changed since its last build, in dependency order,
// with the package's own `build` script; an unchanged package is left as it is (build-stamp.mjs).
// `--force` builds every package. A package's output is shown only when its build fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inputHash, isUpToDate, writeStamp } from './build-stamp.mjs';

/** @type {import('./build-stamp.mjs').BuildPackage[]} */
export const PACKAGES = [
  { dir: 'shared', output: 'dist/cjs/index.js' },
  { dir: 'server', output: 'dist/main.js', dependsOn: ['shared'] },
  // Vite bakes VITE_* variables (VITE_ATLAS_API_URL) into the bundle.
  { dir: 'dashboard', output: 'dist/index.html', dependsOn: ['shared'], env: /^VITE_/ },
];

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs a package's `build` script; resolves with its exit code and everything it printed. */
function runBuildScript(dir) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['run', 'build'], {
      cwd: path.join(ROOT, dir),
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Builds what changed; `log` gets one line per package built. Resolves with whether every package
 * is now built (false: a build failed, and its output was printed to stderr).
 */
export async function buildWorkspace({ force = false, log = (line) => console.log(line) } = {}) {
  const hashes = new Map(PACKAGES.map((pkg) => [pkg, inputHash(ROOT, pkg, PACKAGES)]));
  for (const pkg of PACKAGES) {
    const hash = hashes.get(pkg);
    if (!force && isUpToDate(ROOT, pkg, hash)) continue;
    const started = performance.now();
    // A clean output: no file of a deleted source lingers, and a half-written one is never trusted.
    fs.rmSync(path.join(ROOT, pkg.dir, 'dist'), { recursive: true, force: true });
    const { code, output } = await runBuildScript(pkg.dir);
    if (code !== 0) {
      process.stderr.write(`${output}\nThe build of ${pkg.dir}/ failed (exit code ${code}); its output is above.\n`);
      return false;
    }
    writeStamp(ROOT, pkg, hash);
    log(`Built ${pkg.dir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return true;
}

if (process.argv[1] === import.meta.filename) {
  const force = process.argv.includes('--force');
  let built = 0;
  const ok = await buildWorkspace({ force, log: (line) => (built++, console.log(line)) });
  if (ok && built === 0) console.log('Every package is up to date (`pnpm build --force` builds them all again).');
  process.exit(ok ? 0 : 1);
}
