import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputHash, isUpToDate, writeStamp } from '../../server/scripts/build-stamp.mjs';
import { PACKAGES } from '../../server/scripts/build.mjs';

const ROOT = path.resolve(__dirname, '..', '..');

/** A workspace of three packages: `app` bundles `lib`; `web` bakes VITE_* variables in. */
function workspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-stamp-'));
  const write = (file: string, content = file) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  };
  write('pnpm-lock.yaml', 'lockfileVersion: 9');
  write('tsconfig.json', '{}');
  write('lib/src/index.ts', 'export const a = 1;');
  write('app/src/main.ts', 'import "lib";');
  write('app/src/seed/data/countries.yaml', '- ID');
  write('web/src/page.tsx', '<p/>');
  const packages = [
    { dir: 'lib', output: 'dist/index.js' },
    { dir: 'app', output: 'dist/main.js', dependsOn: ['lib'] },
    { dir: 'web', output: 'dist/index.html', env: /^VITE_/ },
  ];
  const [lib, app, web] = packages;
  const hashes = (env: Record<string, string> = {}) => packages.map((pkg) => inputHash(root, pkg, packages, env));
  return { root, write, packages, lib: lib!, app: app!, web: web!, hashes };
}

describe('the build stamp', () => {
  it('changes with a source of the package, or of a package it depends on, and nothing else', () => {
    const { write, hashes } = workspace();
    const [lib, app, web] = hashes();
    expect(hashes()).toEqual([lib, app, web]);

    write('lib/src/index.ts', 'export const a = 2;');
    const [lib2, app2, web2] = hashes();
    expect(lib2).not.toBe(lib);
    expect(app2).not.toBe(app);
    expect(web2).toBe(web);

    write('web/src/new-page.tsx', '<p/>');
    expect(hashes()[2]).not.toBe(web);
    write('app/src/seed/data/countries.yaml', '- ID\n- PH');
    expect(hashes()[1]).not.toBe(app2);
  });

  it('ignores outputs, installed packages, local databases, logs and tests', () => {
    const { write, hashes } = workspace();
    const before = hashes();
    write('app/dist/main.js');
    write('app/node_modules/x/index.js');
    write('app/data/atlas.sqlite');
    write('app/data/atlas.sqlite-wal');
    write('web/debug.log');
    write('web/src/graphql-env.d.ts');
    write('web/test-output/report.json');
    write('web/src/page.test.tsx');
    write('app/src/main.test.ts');
    expect(hashes()).toEqual(before);
  });

  it('changes with the lockfile for every package, and with a VITE_ variable for the package that reads them', () => {
    const { write, hashes } = workspace();
    const before = hashes();
    expect(hashes({ PATH: '/elsewhere', NODE_ENV: 'production' })).toEqual(before);
    const [lib, app, web] = hashes({ VITE_ATLAS_API_URL: 'https://atlas.example.org/graphql' });
    expect([lib, app]).toEqual(before.slice(0, 2));
    expect(web).not.toBe(before[2]);
    write('pnpm-lock.yaml', 'lockfileVersion: 9\n# a new dependency');
    hashes().forEach((hash, index) => expect(hash).not.toBe(before[index]));
  });

  it('is up to date after a successful build of the same inputs, while its output is there', () => {
    const { root, write, packages, app } = workspace();
    const hash = inputHash(root, app, packages, {});
    expect(isUpToDate(root, app, hash)).toBe(false);
    write('app/dist/main.js');
    expect(isUpToDate(root, app, hash)).toBe(false);
    writeStamp(root, app, hash);
    expect(isUpToDate(root, app, hash)).toBe(true);
    write('app/src/main.ts', 'import "lib"; // changed');
    expect(isUpToDate(root, app, inputHash(root, app, packages, {}))).toBe(false);
    fs.rmSync(path.join(root, 'app', 'dist', 'main.js'));
    expect(isUpToDate(root, app, hash)).toBe(false);
  });
});

describe('pnpm build on an unchanged tree', () => {
  it('builds nothing and touches no output', () => {
    const stale = PACKAGES.filter((pkg) => !isUpToDate(ROOT, pkg, inputHash(ROOT, pkg, PACKAGES)));
    expect(
      stale.map((pkg) => pkg.dir),
      'packages not built since they changed: run pnpm build first',
    ).toEqual([]);
    const outputs = PACKAGES.map((pkg) => path.join(ROOT, pkg.dir, pkg.output));
    const before = outputs.map((file) => fs.statSync(file).mtimeMs);
    const started = performance.now();
    const build = spawnSync(process.execPath, [path.join(ROOT, 'server', 'scripts', 'build.mjs')], {
      encoding: 'utf8',
    });
    expect(build.status).toBe(0);
    expect(build.stdout).toBe('Every package is up to date (`pnpm build --force` builds them all again).\n');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(outputs.map((file) => fs.statSync(file).mtimeMs)).toEqual(before);
  });
});
