import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../src/config';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { SCENARIOS } from './scenarios';
import { loadSynthetic, SCALE } from './synthetic';

/**
 * `pnpm bench [--seconds 5] [--databases sqlite,postgresql]`: loads synthetic Finland (once per database;
 * kept in apps/api/var/bench and the PostgreSQL database vertailu_bench), then measures every scenario
 * against the API and against the floor at 1 and 16 concurrent clients, and writes docs/benchmarks.json
 * and the table in docs/benchmarks.md. The server runs in its own process so the load generator does
 * not share its event loop.
 */
const API_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const REPO = path.resolve(API_ROOT, '../..');
const TSX = path.join(API_ROOT, 'node_modules/.bin/tsx');
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(flag('seconds', '5'));
const databases = flag('databases', 'sqlite,postgresql').split(',') as DatabaseConfig['kind'][];
const PG = process.env.PG_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function databaseUrl(kind: DatabaseConfig['kind']): { url: string; config: DatabaseConfig } {
  if (kind === 'sqlite') {
    const file = path.join(API_ROOT, 'var/bench/bench.sqlite');
    return { url: `sqlite:${file}`, config: { kind, file } };
  }
  const url = new URL(PG);
  url.pathname = '/vertailu_bench';
  return { url: url.href, config: { kind, url: url.href } };
}

/** Creates and fills the benchmark database unless it holds synthetic Finland already. */
async function prepare(kind: DatabaseConfig['kind']): Promise<{ loadSeconds: number | null }> {
  const { config } = databaseUrl(kind);
  if (kind === 'sqlite') mkdirSync(path.dirname((config as { file: string }).file), { recursive: true });
  else {
    const admin = await initOrm({ kind: 'postgresql', url: PG });
    const exists = await admin.em
      .getConnection()
      .execute(`select 1 from pg_database where datname = 'vertailu_bench'`);
    if (!exists.length) await admin.em.getConnection().execute('create database vertailu_bench');
    await admin.close();
  }
  let orm = await initOrm(config);
  await migrate(orm);
  const count = await orm.em.fork().getConnection().execute('select count(*) as n from municipality');
  if (Number((count[0] as { n: number }).n) >= SCALE.municipalities) {
    await orm.close();
    return { loadSeconds: null };
  }
  await orm.close();
  if (kind === 'sqlite') rmSync((config as { file: string }).file, { force: true });
  else {
    const admin = await initOrm({ kind: 'postgresql', url: PG });
    await admin.em.getConnection().execute('drop database if exists vertailu_bench with (force)');
    await admin.em.getConnection().execute('create database vertailu_bench');
    await admin.close();
  }
  orm = await initOrm(config);
  await migrate(orm);
  await seedDataset(orm);
  const report = await loadSynthetic(orm);
  await orm.close();
  console.log(
    `  loaded ${Object.values(report.rows).reduce((a, b) => a + b, 0)} synthetic rows in ${report.seconds.toFixed(1)} s`,
  );
  return { loadSeconds: report.seconds };
}

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** `concurrency` clients in closed loops for `seconds`; latency of every request. */
async function measure(send: () => Promise<boolean>, concurrency: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        if (!(await send().catch(() => false))) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
    rps: r(latencies.length / elapsed),
    requests: latencies.length,
    errors,
  };
}

function startServer(
  url: string,
): Promise<{ child: ChildProcess; api: number; floor: number; codes: string[] }> {
  const child = spawn(TSX, ['bench/serve.ts'], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: url, SEED_ON_START: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{"api"'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function coldStart(url: string): Promise<number> {
  const port = 4900 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const child = spawn(TSX, ['src/main.ts'], {
    cwd: API_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      SEED_ON_START: 'false',
      PORT: String(port),
      NODE_ENV: 'production',
    },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return Math.round(performance.now() - started);
      if (performance.now() - started > 120_000) throw new Error('cold start: no /ready within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
  }
}

const results: Record<string, unknown>[] = [];
const meta: Record<string, unknown> = {
  date: new Date().toISOString(),
  seconds,
  node: process.version,
  scale: SCALE,
  databases: {},
};
for (const kind of databases) {
  console.log(`\n== ${kind}`);
  const { loadSeconds } = await prepare(kind);
  const { url } = databaseUrl(kind);
  const coldMs = await coldStart(url);
  const server = await startServer(url);
  const apiUrl = `http://127.0.0.1:${server.api}/graphql`;
  const floorUrl = (name: string) => `http://127.0.0.1:${server.floor}/${name}`;
  const stats = async () =>
    (await (await fetch(`http://127.0.0.1:${server.floor}/__stats`)).json()) as {
      statements: number;
      peakRss: number;
    };
  try {
    for (const s of SCENARIOS) {
      const body = JSON.stringify(s.graphql(server.codes));
      // no-cache: the API's response cache would answer repeats; the uncached path is the one to drive down.
      const sendTo = (cache: 'no-cache' | 'default') => async () => {
        const res = await fetch(apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cache-control': cache },
          body,
        });
        const text = await res.text();
        return (
          res.ok &&
          !text.includes('"errors"') &&
          (cache === 'no-cache' || res.headers.get('x-cache') === 'HIT')
        );
      };
      const sendApi = sendTo('no-cache');
      const sendFloor = async () => {
        const res = await fetch(floorUrl(s.name));
        await res.text();
        return res.ok;
      };
      const before = (await stats()).statements;
      const probe = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const probeText = await probe.text();
      if (!probe.ok || probeText.includes('"errors"'))
        throw new Error(`${s.name}: ${probeText.slice(0, 300)}`);
      const perRequest = (await stats()).statements - before;
      const api1 = await measure(sendApi, 1);
      const floor1 = await measure(sendFloor, 1);
      const api16 = await measure(sendApi, 16);
      const floor16 = await measure(sendFloor, 16);
      await sendTo('default')(); // fills the cache
      const cached16 = await measure(sendTo('default'), 16);
      const row = {
        database: kind,
        scenario: s.name,
        statements: perRequest,
        responseBytes: probeText.length,
        api1,
        floor1,
        api16,
        floor16,
        cached16,
        ratio1: Math.round((api1.p50 / Math.max(0.1, floor1.p50)) * 10) / 10,
        ratio16: Math.round((api16.p95 / Math.max(0.1, floor16.p95)) * 10) / 10,
      };
      results.push(row);
      console.log(
        `  ${s.name.padEnd(22)} 1 client p50 ${api1.p50} ms (floor ${floor1.p50}) · 16 clients p95 ${api16.p95} ms (floor ${floor16.p95}), ${api16.rps}/s · ×${row.ratio16} · ${perRequest} SQL · cached p95 ${cached16.p95} ms, ${cached16.rps}/s`,
      );
    }
    (meta.databases as Record<string, unknown>)[kind] = {
      loadSeconds,
      coldStartMs: coldMs,
      peakRssMB: Math.round((await stats()).peakRss / 1024 / 1024),
    };
    console.log(
      `  cold start ${coldMs} ms; peak server memory ${Math.round((await stats()).peakRss / 1024 / 1024)} MB`,
    );
  } finally {
    server.child.kill('SIGTERM');
  }
}

const docs = path.join(REPO, 'docs');
if (!existsSync(docs)) mkdirSync(docs);
writeFileSync(path.join(docs, 'benchmarks.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
const table = [
  '| database | scenario | SQL / request | 1 client p50 / p95 / p99 ms | floor p50 | 16 clients p50 / p95 / p99 ms | req/s | floor p95 | ×floor (16, p95) | cached: 16 clients p50 / p95 ms, req/s |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r) => {
    const x = r as {
      database: string;
      scenario: string;
      statements: number;
      api1: Measured;
      floor1: Measured;
      api16: Measured;
      floor16: Measured;
      cached16: Measured;
      ratio16: number;
    };
    return `| ${x.database} | ${x.scenario} | ${x.statements} | ${x.api1.p50} / ${x.api1.p95} / ${x.api1.p99} | ${x.floor1.p50} | ${x.api16.p50} / ${x.api16.p95} / ${x.api16.p99} | ${x.api16.rps} | ${x.floor16.p95} | ${x.ratio16} | ${x.cached16.p50} / ${x.cached16.p95}, ${x.cached16.rps} |`;
  }),
].join('\n');
const dbLines = Object.entries(
  meta.databases as Record<string, { loadSeconds: number | null; coldStartMs: number; peakRssMB: number }>,
)
  .map(
    ([k, v]) =>
      `- ${k}: cold start ${v.coldStartMs} ms, peak server memory ${v.peakRssMB} MB${v.loadSeconds ? `, synthetic load ${v.loadSeconds.toFixed(1)} s` : ''}`,
  )
  .join('\n');
const mdPath = path.join(docs, 'benchmarks.md');
const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';
const generated = `${BEGIN}\nRun ${meta.date} (${seconds} s per measurement, Node ${process.version}):\n\n${table}\n\n${dbLines}\n${END}`;
const existing = existsSync(mdPath)
  ? (await import('node:fs')).readFileSync(mdPath, 'utf8')
  : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
writeFileSync(mdPath, existing.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), generated));
console.log(`\nWrote docs/benchmarks.json and docs/benchmarks.md`);
