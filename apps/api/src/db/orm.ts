import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { DatabaseConfig } from '../config';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';
import { DataVersionSubscriber } from './data-version';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmOptions {
  /**
   * Called with every SQL statement and, for one inside a transaction, the transaction's id; tests
   * count statements and transactions with it. Heard from knex, which runs every statement: the ORM's
   * own and the read path's (db/plain.ts), which the ORM's logger never sees.
   */
  onQuery?: (sql: string, transaction: string | undefined) => void;
}

export function ormOptions(db: DatabaseConfig): Options {
  const common: Options = {
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    forceUtcTimezone: true,
    // Every request forks its own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    subscribers: [new AuditSubscriber(), new DataVersionSubscriber()],
  };
  if (db.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: db.url,
      pool: { min: 0, max: 10 },
      // The API runs many small reads side by side on its pool, which already keeps every core busy:
      // parallel workers (a process started per query) and JIT compilation (tens of ms, paid back only
      // by statements that run for seconds) add cost to each statement and take CPU from the others.
      // Landing page, 16 clients, p95 779 → 421 ms (÷ PostGraphile 1.5 → 1.0); the comparison unchanged.
      driverOptions: { connection: { options: '-c max_parallel_workers_per_gather=0 -c jit=off' } },
    };
  }
  if (db.file !== ':memory:') mkdirSync(path.dirname(db.file), { recursive: true });
  return { ...common, driver: BetterSqliteDriver, dbName: db.file };
}

export async function initOrm(db: DatabaseConfig, opts: OrmOptions = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(db));
  const { onQuery } = opts;
  if (onQuery)
    (orm.em as EntityManager)
      .getKnex()
      .on('query', (q: { sql: string; __knexTxId?: string }) => onQuery(q.sql, q.__knexTxId));
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
