import 'reflect-metadata';
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { loadConfig } from './config';
import { announceStart, startFailure } from './console/start-banner';
import { onStopRequest } from './console/stop-requests';
import { openDatabase } from './db/orm';
import { seedIfEmpty } from './bulk/seed/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config);
  const { handler, serverOptions, logger, drain, stop } = await createApp(orm, config);
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty(orm);
    if (seeded) logger.info({ seeded }, 'seeded an empty database');
  }
  const server = http.createServer(serverOptions, handler);
  server.once('error', (error) => {
    logger.fatal(startFailure(error, config.port));
    process.exit(1);
  });
  server.listen(config.port, config.host ?? undefined, () => {
    announceStart(orm, logger, config, (server.address() as AddressInfo).port).catch((error: unknown) =>
      logger.error({ err: error }, 'could not say where the Atlas is'),
    );
  });

  // SIGTERM, SIGINT or Ctrl-C: refuse new connections, let requests in flight finish (closing their
  // connections after at most ATLAS_SHUTDOWN_TIMEOUT_MS), then stop Apollo and close the database.
  let draining = false;
  // A keep-alive connection whose request finished while draining is closed at once.
  server.on('request', (_req, res: ServerResponse) =>
    res.once('finish', () => draining && setImmediate(() => server.closeIdleConnections())),
  );
  onStopRequest((signal) => {
    logger.info({ signal }, 'shutting down: draining requests in flight');
    draining = true;
    drain();
    const force = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs).unref();
    server.close(async () => {
      clearTimeout(force);
      await stop();
      await orm.close();
      logger.info('stopped: database closed');
      process.exit(0);
    });
    server.closeIdleConnections();
  });
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
