import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and Apollo load graphql as CommonJS: tests must share that one instance.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The files of a worker share one module graph: importing the server (type-graphql, Apollo,
    // MikroORM) again for each of the 62 files took 134 s of the project's 190 s on two workers;
    // shared, 47 s. Each file still gets its own database and its own app (useTestAtlas); a file
    // that changes process-wide state (process.env, spies, globals) puts it back in afterAll.
    isolate: false,
  },
});
