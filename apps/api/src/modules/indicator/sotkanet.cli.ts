import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../../config';
import { initOrm } from '../../db/orm';
import { withActor } from '../audit/audit-scope';
import { importSotkanetRows, parseSotkanet } from './sotkanet-import.service';

/** `pnpm --filter @vertailu/api sotkanet <file.json|file.csv> [--regions regions.json]` */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const regionsAt = args.indexOf('--regions');
  if (!file) {
    console.error(
      'Usage: pnpm --filter @vertailu/api sotkanet <data.json|data.csv> [--regions regions.json]',
    );
    process.exitCode = 2;
    return;
  }
  const content = readFileSync(file, 'utf8');
  const regions = regionsAt >= 0 ? readFileSync(args[regionsAt + 1] as string, 'utf8') : null;
  const rows = parseSotkanet(file.toLowerCase().endsWith('.csv') ? 'CSV' : 'JSON', content, regions);
  const orm = await initOrm(loadConfig().database);
  try {
    const result = await withActor('cli:sotkanet', () =>
      orm.em.fork().transactional((tx) => importSotkanetRows(tx as EntityManager, rows)),
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await orm.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
