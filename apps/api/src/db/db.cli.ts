import { withDatabase } from './cli';
import { createMigration } from './migration-generator';
import { seedDataset } from './seed/seeder';

// `pnpm db <command>`: the commands README names. (The shared session helper lives in cli.ts; this
// file had been folded into it and the commands lost, so `pnpm db migrate` printed nothing and did nothing.)
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
  await withDatabase(async (orm) => {
    // withDatabase has migrated already.
    if (command === 'migrate') console.log('Migrations applied.');
    else console.log(await seedDataset(orm, { force: arg === '--force' }));
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
