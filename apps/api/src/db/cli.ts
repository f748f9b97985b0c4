import { loadConfig } from '../config';
import { createMigration } from './migration-generator';
import { initOrm, migrate } from './orm';
import { seedDataset } from './seed/seeder';

const usage = `Usage: pnpm db <command>
  migrate                 apply pending migrations to DATABASE_URL (default: embedded SQLite)
  seed [--force]          load the curated data set (skips when unchanged unless --force)
  setup                   migrate, then seed
  migration:create NAME   diff entities vs. migrations on SQLite and PostgreSQL (PG_ADMIN_URL) into a new migration`;

async function main(): Promise<void> {
  const [command, arg] = process.argv.slice(2);
  if (command === 'migration:create') {
    const file = await createMigration(
      arg ?? '',
      process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    );
    console.log(file ? `Created ${file}` : 'Entities and migrations agree: nothing to do.');
    return;
  }
  if (!command || !['migrate', 'seed', 'setup'].includes(command)) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  const orm = await initOrm(config.database);
  try {
    if (command !== 'seed')
      console.log('Migrations applied:', (await migrate(orm)).join(', ') || 'none pending');
    if (command !== 'migrate') console.log(await seedDataset(orm, { force: arg === '--force' }));
  } finally {
    await orm.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
