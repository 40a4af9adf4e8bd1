import { createRequire } from 'node:module';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The whole suite, every package's tests in one run: `pnpm test` from the top level.
 * ATLAS_TEST_REPORT=file.json also writes the results as JSON (CI counts them).
 */
const report = process.env.ATLAS_TEST_REPORT;

export default defineConfig({
  test: {
    projects: [
      '../shared',
      '../server',
      '../dashboard',
      {
        // type-graphql and Apollo load graphql as CommonJS: tests reading the server's schema must share that instance.
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'cross-package',
          root: import.meta.dirname,
          include: ['api/**/*.test.ts', 'operations/**/*.test.ts', 'security/**/*.test.ts', 'e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
    // One worker per core, not vitest's default of one fewer: most suites wait on a server and a
    // browser they started, so a 2-core machine ran them one at a time with a core idle.
    maxWorkers: Math.max(2, os.availableParallelism()),
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
