import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DRIVERS, EDITOR_KEY, type TestDb } from './harness';
import { freePort } from './support/own-postgres';
import { run } from './support/run';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** One API process, as production runs it. */
async function start(
  env: Record<string, string>,
): Promise<{ base: string; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const child = run('src/main.ts', [], {
    ...env,
    PORT: String(port),
    NODE_ENV: 'production',
    SEED_ON_START: 'false',
  });
  const out = () => child.output();
  const end = Date.now() + 60_000;
  while (!out().includes('Vertailu API on')) {
    if (Date.now() > end || child.exitCode !== null) throw new Error(`API did not start:\n${out()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { base: `http://127.0.0.1:${port}`, child, output: out };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    cache: res.headers.get('x-cache'),
    json: (await res.json()) as Record<string, never>,
  };
}

/**
 * Two API processes, one PostgreSQL database and one Redis (REDIS_URL): the rate limit is one
 * allowance across both, and a write confirmed by one is seen by the next read from the other.
 */
describe.runIf(DRIVERS.includes('postgresql'))('two API processes sharing Redis', () => {
  let db: TestDb;
  const processes: ChildProcess[] = [];
  let a: string;
  let b: string;
  beforeAll(async () => {
    db = await createTestDb('postgresql');
    const env = {
      DATABASE_URL: (db.config.database as { url: string }).url,
      REDIS_URL,
      REDIS_PREFIX: `vertailu-test-${randomBytes(4).toString('hex')}:`,
      RATE_LIMIT_PER_IP: '40',
      EDITOR_API_KEYS: EDITOR_KEY,
    };
    // One after the other: both would run the migrations at start.
    const first = await start(env);
    const second = await start(env);
    processes.push(first.child, second.child);
    a = first.base;
    b = second.base;
  }, 120_000);
  afterAll(async () => {
    for (const p of processes) p.kill('SIGTERM');
    await Promise.all(
      processes.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))),
    );
    await db?.close();
  });

  const COUNT = { query: '{ projects(first: 1) { totalCount } }' };
  const countOn = async (base: string) => {
    const res = await post(base, COUNT);
    return {
      count: (res.json.data as unknown as { projects: { totalCount: number } }).projects.totalCount,
      cache: res.cache,
    };
  };

  it('answers no read with a cache older than the last confirmed write, whichever process wrote', async () => {
    let expected = (await countOn(a)).count;
    expect((await countOn(a)).cache).toBe('HIT');
    await countOn(b);
    expect((await countOn(b)).cache).toBe('HIT');
    for (let i = 0; i < 6; i++) {
      const [writer, reader] = i % 2 ? [b, a] : [a, b];
      const created = await post(
        writer,
        {
          query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          variables: { input: { name: `Replika ${i} – äö` } },
        },
        { authorization: `Bearer ${EDITOR_KEY}` },
      );
      expect(created.json.errors).toBeUndefined();
      expected++;
      expect(await countOn(reader)).toEqual({ count: expected, cache: 'MISS' });
      expect(await countOn(writer)).toEqual({ count: expected, cache: 'MISS' });
    }
  }, 60_000);

  it('holds the per-address limit across both processes', async () => {
    // Use up the allowance through one process …
    let status = 200;
    for (let i = 0; i < 60 && status === 200; i++)
      status = (await post(a, { query: '{ __typename }' })).status;
    expect(status).toBe(429);
    // … and the other refuses too: one bucket, kept in Redis.
    const other = await post(b, { query: '{ __typename }' });
    expect(other.status).toBe(429);
    expect((other.json.errors as unknown as { extensions: { code: string } }[])[0]?.extensions.code).toBe(
      'RATE_LIMITED',
    );
  }, 60_000);
});
