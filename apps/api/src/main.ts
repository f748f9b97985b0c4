import 'reflect-metadata';
import { loadConfig } from './config';
import { initOrm, migrate } from './db/orm';
import { seedDataset } from './db/seed/seeder';
import { createApp } from './server';

/** Starts the API: migrate, load the data set if it changed, listen; stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await initOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  if (config.seedOnStart) console.log(await seedDataset(orm));
  const { httpServer, stop } = await createApp(orm, config);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const where = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  console.log(`Vertailu API on http://localhost:${config.port}/graphql (playground in a browser) — ${where}`);

  // Stop accepting, let in-flight requests finish (Apollo's drain plugin), then close the database.
  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing requests and closing…`);
    await stop();
    await orm.close();
    console.log('Database connection closed.');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
