import type { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config';
import { initOrm, migrate } from './orm';

/**
 * A CLI's database session: the configured database, migrated, closed afterwards. Errors of the
 * `expected` kinds are the user's (a bad file, an unknown name): their message alone, exit code 1.
 */
export async function withDatabase(
  work: (orm: MikroORM) => Promise<void>,
  expected: (new (...args: never[]) => Error)[] = [],
): Promise<void> {
  const orm = await initOrm(loadConfig().database);
  try {
    await migrate(orm);
    await work(orm);
  } catch (err) {
    console.error(expected.some((kind) => err instanceof kind) ? (err as Error).message : err);
    process.exitCode = 1;
  } finally {
    await orm.close();
  }
}
