import 'reflect-metadata';
import http, { type ServerResponse } from 'node:http';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/orm';
import { seedIfEmpty } from './seed/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config);
  const { handler, serverOptions, logger, drain, stop } = await createApp(orm, config);
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty(orm);
    if (seeded) logger.info({ seeded }, 'seeded an empty database');
  }
  const server = http.createServer(serverOptions, handler).listen(config.port, () => {
    const where = config.dialect === 'sqlite' ? `SQLite ${config.database}` : 'PostgreSQL';
    logger.info({ port: config.port, database: where }, `Reintegration Atlas on http://localhost:${config.port}/`);
  });

  // SIGTERM: refuse new connections, let requests in flight finish (closing their connections
  // after at most ATLAS_SHUTDOWN_TIMEOUT_MS), then stop Apollo and close the database.
  let draining = false;
  // A keep-alive connection whose request finished while draining is closed at once.
  server.on('request', (_req, res: ServerResponse) =>
    res.once('finish', () => draining && setImmediate(() => server.closeIdleConnections())),
  );
  const shutdown = (signal: string) => {
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
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
