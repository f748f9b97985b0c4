import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dump, exportDump } from '../src/db/dump';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { createApp } from '../src/server';
import { createTestApi, createTestDb, DRIVERS, type TestDb, testConfig } from './harness';
import { freePort, OwnPostgres } from './support/own-postgres';
import { run } from './support/run';

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('graceful shutdown', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vertailu-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on SIGTERM finishes in-flight requests, refuses new ones, closes the database and exits 0', async () => {
    const port = await freePort();
    const server = run('src/main.ts', [], {
      PORT: String(port),
      DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      SEED_ON_START: 'false',
      // Production, as `pnpm start` runs (Apollo's own signal handler, off under NODE_ENV=test, used to
      // re-raise SIGTERM and end the process with 143 before the database was closed).
      NODE_ENV: 'production',
    });
    await until(() => server.output().includes('Vertailu API on'), 60_000, 'the server to start');
    // A request whose body is still arriving when the signal comes: it is in flight.
    const body = JSON.stringify({ query: '{ municipalities { totalCount } }' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          port,
          host: '127.0.0.1',
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let data = '';
          res.on('data', (d) => {
            data += d;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 700);
      }, 200);
    });
    await until(() => server.output().includes('SIGTERM'), 5000, 'the shutdown to begin');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { municipalities: { totalCount: 0 } } });
    expect(await exited(server)).toBe(0);
    expect(server.output()).toContain('Database connection closed.');
  }, 90_000);
});

describe('database faults', () => {
  let pg: OwnPostgres;
  let orm: MikroORM;
  let base: string;
  let stopApp: () => Promise<void>;
  beforeAll(async () => {
    pg = await OwnPostgres.create();
    const config = testConfig({ kind: 'postgresql', url: pg.url });
    orm = await initOrm(config.database);
    await migrate(orm);
    await seedDataset(orm);
    const app = await createApp(orm, config);
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    stopApp = () => app.stop();
  }, 120_000);
  afterAll(async () => {
    await stopApp?.();
    await orm?.close(true).catch(() => undefined);
    pg?.destroy();
  });

  // no-cache: the response cache may answer a repeat from memory; this test is about the database path.
  const query = () =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
      body: JSON.stringify({ query: '{ municipalities { totalCount } }' }),
    });

  it('answers 503 SERVICE_UNAVAILABLE while the database is down and recovers without a restart', async () => {
    expect((await query()).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    pg.stop();
    const down = await query();
    expect(down.status).toBe(503);
    const body = (await down.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select|node_modules/);
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    pg.start();
    await until(async () => (await query()).status === 200, 30_000, 'the API to recover');
    expect(await (await query()).json()).toEqual({ data: { municipalities: { totalCount: 309 } } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 120_000);
});

describe.each(DRIVERS)('a process killed in the middle of an import on %s', (driver) => {
  let target: TestDb;
  const dir = mkdtempSync(path.join(tmpdir(), 'vertailu-kill-'));
  afterAll(async () => {
    await target?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the database as it was before the import', async () => {
    // A real dump, made large by a long audit trail, so the kill lands mid-import.
    const source = await createTestApi('sqlite');
    const dump: Dump = await exportDump(source.orm);
    await source.close();
    dump.tables.audit_entry = Array.from({ length: 40_000 }, (_, i) => ({
      id: i + 1,
      at: '2026-01-01T00:00:00.000Z',
      actor: 'load',
      action: 'UPDATE',
      entity_type: 'Project',
      entity_id: String(i),
      before: { name: 'ennen' },
      after: { name: 'jälkeen' },
    }));
    const file = path.join(dir, 'dump.json');
    writeFileSync(file, JSON.stringify(dump));

    const url =
      driver === 'sqlite'
        ? `sqlite:${path.join(dir, 'target.sqlite')}`
        : await (async () => {
            target = await createTestDb('postgresql');
            return (target.config.database as { url: string }).url;
          })();
    const child = run('src/db/dump.cli.ts', ['import', file], { DATABASE_URL: url });
    // api_key comes just before the long audit trail: kill while it is being written.
    await until(() => child.output().includes('api_key:'), 60_000, 'the import to start');
    child.kill('SIGKILL');
    await exited(child);
    expect(child.output()).not.toContain('Imported');

    const orm = await initOrm(
      driver === 'sqlite'
        ? { kind: 'sqlite', file: path.join(dir, 'target.sqlite') }
        : { kind: 'postgresql', url },
    );
    try {
      const after = await exportDump(orm);
      expect(Object.values(after.tables).reduce((n, t) => n + t.length, 0)).toBe(0);
    } finally {
      await orm.close();
    }
  }, 120_000);
});
