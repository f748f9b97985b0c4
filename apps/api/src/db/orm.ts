import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';
import { DataVersionSubscriber } from './data-version';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmOptions {
  /** Called with every SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(db: DatabaseConfig, opts: OrmOptions = {}): Options {
  const common: Options = {
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    forceUtcTimezone: true,
    // Every request forks its own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    debug: opts.onQuery ? ['query'] : false,
    logger: opts.onQuery ? (message: string) => opts.onQuery?.(message) : undefined,
    discovery: { warnWhenNoEntities: true },
    subscribers: [new AuditSubscriber(), new DataVersionSubscriber()],
  };
  if (db.kind === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: db.url, pool: { min: 0, max: 10 } };
  }
  if (db.file !== ':memory:') mkdirSync(path.dirname(db.file), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName: db.file };
}

export async function initOrm(db: DatabaseConfig, opts: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(db, opts));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
