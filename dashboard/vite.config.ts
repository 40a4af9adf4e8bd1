import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { dashboardPrecache } from './scripts/dashboard-precache.ts';
import { precompiledCatalogs } from './scripts/precompiled-catalogs.ts';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    precompiledCatalogs(),
    // The service worker (src/offline/sw.ts), registered by src/offline/register.ts: the dashboard
    // without GraphiQL, precached for a participant whose connection drops.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg}'],
        manifestTransforms: [dashboardPrecache(page('dist'))],
      },
    }),
  ],
  resolve: {
    // Messages come compiled (precompiledCatalogs): react-intl needs the parser's types, not the parser.
    alias: [
      { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
    ],
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // GraphiQL's own chunk is ≈ 790 KB (250 KB gzip); scripts/bundle-size.mjs keeps the dashboard's
    // first load within its budget.
    chunkSizeWarningLimit: 800,
    // Two pages: the dashboard, and the GraphQL explorer served at /graphiql (its own entry, so
    // the dashboard's first load never includes GraphiQL).
    rolldownOptions: {
      input: { index: page('index.html'), graphiql: page('graphiql.html') },
      onwarn(warning, warn) {
        // GraphiQL's react-compiler-runtime starts with "use no memo", which bundling drops harmlessly.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  test: {
    name: 'dashboard',
    environment: 'happy-dom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'graphiql/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // A form filled in field by field takes a second on an idle machine, and several times that when
    // CI's two cores also run the server suites: 5 s (the default) failed there.
    testTimeout: 20_000,
    // The files of a worker share one module graph and happy-dom: importing React, urql and the
    // pages again and setting up a fresh DOM for each of the 56 files took 64 s on two workers;
    // shared, 13 s. src/test-setup.ts empties the page after each test, and a test that stubs a
    // global or spies on a prototype restores it when it finishes.
    isolate: false,
  },
});
