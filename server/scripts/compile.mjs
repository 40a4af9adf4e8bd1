// Compiles src/ to dist/ (CommonJS, with source maps) with swc: about 2 s where tsc took 8 s on two
// cores, because it only transpiles; type errors are `pnpm typecheck`'s (tsc, run by CI). swc is
// what `pnpm cli` has always run the code with (@swc-node/register). Its decorator metadata differs
// from tsc's (`design:type` of an enum property is the enum, not String; an unannotated property
// has none): nothing reads it, as every type a decorator needs is written out in the code
// (`@Field(() => String)`, `@Property({ type: 'string' })`).
import fs from 'node:fs';
import path from 'node:path';
import { transformFile } from '@swc/core';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

/**
 * Every source but the tests. The kits tests share (server/test-support/, which import vitest) live
 * outside src/ and are never compiled; db/test-database.ts is, as the benchmark makes its databases
 * with it.
 */
const compiled = (file) => file.endsWith('.ts') && !file.endsWith('.test.ts');

const OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    target: 'es2022',
    keepClassNames: true,
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  inlineSourcesContent: false,
};

fs.rmSync(dist, { recursive: true, force: true });
const files = fs
  .readdirSync(src, { recursive: true })
  .map((file) => path.join(src, file))
  .filter((file) => compiled(path.relative(src, file)));
// A kit that imports vitest belongs in test-support/: in dist/ it would fail at run time.
const kits = files.filter((file) => /from ['"]vitest['"]/.test(fs.readFileSync(file, 'utf8')));
if (kits.length) throw new Error(`These sources import vitest; move them to test-support/: ${kits.join(', ')}`);
await Promise.all(
  files.map(async (file) => {
    const out = path.join(dist, path.relative(src, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...OPTIONS,
      sourceFileName: path.relative(path.dirname(out), file),
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    fs.writeFileSync(`${out}.map`, map ?? '');
  }),
);
console.log(`Compiled ${files.length} files to dist/`);
