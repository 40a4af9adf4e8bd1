import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../app';
import { seedIfEmpty } from '../bulk/seed/seed';
import type { AtlasConfig } from '../config';
import { openDatabase, type AtlasOrm } from '../db/orm';
import { OperatorProblem } from './chromium';

export interface LocalAtlas {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The database it serves. */
  orm: AtlasOrm;
  close(): Promise<void>;
}

/**
 * The Atlas as the server runs it (the same app, database and dashboard), on an ephemeral port of
 * this machine only, for the headless browser that prints its pages or copies them (print/, snapshot/).
 */
export async function startLocalAtlas(config: AtlasConfig): Promise<LocalAtlas> {
  if (!fs.existsSync(path.join(config.dashboardDir, 'index.html'))) {
    throw new OperatorProblem(`The dashboard is not built (${config.dashboardDir}): run pnpm build first.`);
  }
  const orm = await openDatabase(config);
  // The only client is the printing browser: no rate budget to run out of on --all-countries, and
  // an answer slowed by a busy machine is waited for as long as the browser waits for its page.
  const limits = {
    ...config.limits,
    rateLimitPoints: Number.MAX_SAFE_INTEGER,
    timeoutMs: Math.max(config.limits.timeoutMs, 60_000),
  };
  const app = await createApp(orm, { ...config, limits, logLevel: 'warn' });
  if (config.seedOnEmpty) await seedIfEmpty(orm);
  const server = http.createServer(app.serverOptions, app.handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    orm,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
      await orm.close();
    },
  };
}
