import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/orm';
import { seedIfEmpty } from './seed/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config);
  if (config.seedOnEmpty) {
    const seeded = await seedIfEmpty(orm);
    if (seeded) console.log(`Seeded an empty database: ${JSON.stringify(seeded)}`);
  }
  const { app, stop } = await createApp(orm, config);
  const server = app.listen(config.port, () => {
    const where = config.dialect === 'sqlite' ? `SQLite ${config.database}` : 'PostgreSQL';
    console.log(`Reintegration Atlas on http://localhost:${config.port}/ (GraphQL at /graphql, ${where})`);
  });
  const shutdown = () => {
    server.close(async () => {
      await stop();
      await orm.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
