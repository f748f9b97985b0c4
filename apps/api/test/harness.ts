import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Config, DatabaseConfig } from '../src/config';
import { hashKey } from '../src/config';
import type { Context } from '../src/context';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { withActor } from '../src/modules/audit/audit-scope';
import { type App, createApp } from '../src/server';

export const EDITOR_KEY = 'test-editor-key-0123456789';
export const VIEWER_KEY = 'test-viewer-key-0123456789';
export const ADMIN_KEY = 'test-admin-key-01234567890';

export type Driver = 'sqlite' | 'postgresql';

/**
 * Which databases the integration tests run on. Both by default: `pnpm test` and CI cover SQLite
 * and PostgreSQL with the same tests. VERTAILU_TEST_DATABASES=sqlite narrows it for a quick local run.
 */
export const DRIVERS: Driver[] = (process.env.VERTAILU_TEST_DATABASES ?? 'sqlite,postgresql')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Driver => d === 'sqlite' || d === 'postgresql');

const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function testConfig(database: DatabaseConfig): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    database,
    apiKeys: new Map([
      [hashKey(EDITOR_KEY), { name: 'test-editor', role: 'EDITOR' }],
      [hashKey(VIEWER_KEY), { name: 'test-viewer', role: 'VIEWER' }],
      [hashKey(ADMIN_KEY), { name: 'test-admin', role: 'ADMIN' }],
    ]),
    seedOnStart: false,
    corsOrigins: ['https://kunta.example.fi'],
    introspection: true,
    playground: true,
    executionTimeoutMs: 10_000,
    rateLimitPerIp: 100_000,
    rateLimitPerKey: 100_000,
    concurrentPerIp: 1_000,
    keyCacheMs: 0,
    responseCacheMb: 16,
    trustProxy: false,
    redisUrl: null,
    redisPrefix: 'vertailu:',
  };
}

export interface TestDb {
  orm: MikroORM;
  config: Config;
  /** Drops the database (PostgreSQL) and closes connections. */
  close(): Promise<void>;
}

/** A fresh, migrated database of the given kind: SQLite in memory, or a new PostgreSQL database. */
export async function createTestDb(
  driver: Driver,
  opts: { onQuery?: (sql: string, transaction: string | undefined) => void; config?: Partial<Config> } = {},
): Promise<TestDb> {
  if (driver === 'sqlite') {
    const config = { ...testConfig({ kind: 'sqlite', file: ':memory:' }), ...opts.config };
    const orm = await initOrm(config.database, opts);
    await migrate(orm);
    return { orm, config, close: () => orm.close() };
  }
  const name = `vertailu_test_${randomBytes(5).toString('hex')}`;
  const admin = await initOrm({ kind: 'postgresql', url: PG_ADMIN_URL });
  try {
    await admin.em.getConnection().execute(`create database ${name}`);
  } catch (err) {
    await admin.close();
    throw new Error(
      `PostgreSQL at ${PG_ADMIN_URL} is not reachable (${(err as Error).message}). Start it (see README) or set VERTAILU_TEST_DATABASES=sqlite.`,
    );
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const config = { ...testConfig({ kind: 'postgresql', url: url.href }), ...opts.config };
  const orm = await initOrm(config.database, opts);
  await migrate(orm);
  return {
    orm,
    config,
    async close() {
      await orm.close();
      await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

export interface TestApi extends TestDb {
  app: App;
  /** Runs an operation in-process through Apollo, as a caller with the given API key. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
  ): Promise<GqlResult<T>>;
}

/** Database + seeded data set + the app, ready for GraphQL calls. */
export async function createTestApi(
  driver: Driver,
  opts: {
    onQuery?: (sql: string, transaction: string | undefined) => void;
    seed?: boolean;
    config?: Partial<Config>;
  } = {},
): Promise<TestApi> {
  const db = await createTestDb(driver, opts);
  if (opts.seed !== false) await seedDataset(db.orm);
  const app = await createApp(db.orm, db.config);
  return {
    ...db,
    app,
    async gql(query, variables, key) {
      let contextValue: Context;
      try {
        contextValue = await app.contextFor(key ? `Bearer ${key}` : undefined);
      } catch (err) {
        // Over HTTP, Apollo answers a failing context with the error; do the same in-process.
        if (err instanceof GraphQLError)
          return { errors: [{ message: err.message, extensions: err.extensions }] };
        throw err;
      }
      const res = await withActor(contextValue.actor, () =>
        app.apollo.executeOperation({ query, variables }, { contextValue }),
      );
      if (res.body.kind !== 'single') throw new Error('Unexpected incremental result');
      return res.body.singleResult as GqlResult<never>;
    },
    async close() {
      await app.stop();
      await db.close();
    },
  };
}

/** Fails the test with the GraphQL errors when there are any, and returns the data. */
export function dataOf<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** The first error's code (`extensions.code`), as a client branches on it. */
export const codeOf = (result: GqlResult): string | undefined =>
  result.errors?.[0]?.extensions?.code as string | undefined;

/** The input field the first error names (`extensions.field`). */
export const fieldOf = (result: GqlResult): string | undefined =>
  result.errors?.[0]?.extensions?.field as string | undefined;

/** The global id of the stored source whose file name starts with `prefix` (the seeds are numbered `001_` …). */
export async function sourceIdOf(api: TestApi, prefix: string): Promise<string> {
  const { sources } = dataOf(
    await api.gql<{ sources: { edges: { node: { id: string; fileName: string } }[] } }>(
      '{ sources { edges { node { id fileName } } } }',
    ),
  );
  const id = sources.edges.find((e) => e.node.fileName.startsWith(prefix))?.node.id;
  if (!id) throw new Error(`No source ${prefix}…`);
  return id;
}
