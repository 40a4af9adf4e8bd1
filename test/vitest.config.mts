import { defineConfig } from 'vitest/config';

/**
 * The whole suite, every package's tests in one run: `pnpm test` from the top level.
 * ATLAS_TEST_REPORT=file.json also writes the results as JSON (CI counts them).
 */
const report = process.env.ATLAS_TEST_REPORT;

export default defineConfig({
  test: {
    projects: [
      '../server',
      '../dashboard',
      {
        test: {
          name: 'cross-package',
          root: import.meta.dirname,
          include: ['api/**/*.test.ts', 'e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
