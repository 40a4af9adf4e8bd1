// `pnpm start`: builds what changed since the last build (nothing, on a second start), then runs the
// built server in this same process, so that signals and the terminal reach it directly.
import { createRequire } from 'node:module';
import { buildWorkspace } from './build.mjs';

if (!(await buildWorkspace())) process.exit(1);
createRequire(import.meta.url)('../dist/main.js');
