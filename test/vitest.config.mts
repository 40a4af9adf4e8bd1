import { defineConfig } from 'vitest/config';

/** The whole suite, every package's tests in one run: `pnpm test` from the top level. */
export default defineConfig({
  test: {
    projects: ['../server', '.'],
  },
});
