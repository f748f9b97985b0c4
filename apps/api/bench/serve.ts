import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/knex';
import { hashKey, loadConfig } from '../src/config';
import { initOrm } from '../src/db/orm';
import { createApp } from '../src/server';
import { SCENARIOS } from './scenarios';

/**
 * The benchmark's server process: the API and, beside it, the floor (hand-written SQL → JSON over plain
 * node:http) on the same database, plus /__stats (SQL statements so far, peak memory). Prints the ports.
 */
let statements = 0;
/** Transactions as PostgreSQL counts them: each statement outside BEGIN … COMMIT is one, and each BEGIN. */
let transactions = 0;
const openedTransactions = new Set<string>();
let peakRss = 0;
// rss() alone: memoryUsage() also gathers heap statistics, which showed as 1 % of the server's CPU in a
// profile — the bench would charge its own sampling to the API (PostGraphile's process has none).
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50).unref();

const base = loadConfig();
const config = {
  ...base,
  env: 'production' as const,
  rateLimitPerIp: 100_000_000,
  rateLimitPerKey: 100_000_000,
  concurrentPerIp: 100_000_000,
  executionTimeoutMs: 120_000,
};
config.apiKeys.set(hashKey('bench-editor-key-0123456789'), { name: 'bench', role: 'EDITOR' });
const orm = await initOrm(config.database);
// Counted from knex's query event: the ORM's query logger would format every statement and slow the API.
// The data version's check (db/data-version.ts) is left out: it runs at most once a second whatever the
// requests, so a probe request counted it or not by chance (the profile showed 5 or 6 statements).
(orm.em as EntityManager).getKnex().on('query', (q: { sql: string; __knexTxId?: string }) => {
  if (/from [`"]?data_version\b/.test(q.sql)) return;
  statements++;
  if (!q.__knexTxId) transactions++;
  else if (!openedTransactions.has(q.__knexTxId)) {
    openedTransactions.add(q.__knexTxId);
    transactions++;
  }
});
const app = await createApp(orm, config);
await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));

const knex = (orm.em as EntityManager).getKnex();
const dialect = config.database.kind;
const codes = ((await knex('municipality').select('code').orderBy('code')) as { code: string }[]).map(
  (r) => r.code,
);
const floor = http.createServer(async (req, res) => {
  if (req.url === '/__stats') {
    res.setHeader('content-type', 'application/json');
    const cpu = process.cpuUsage();
    res.end(
      JSON.stringify({
        statements,
        transactions,
        cpu: (cpu.user + cpu.system) / 1000,
        peakRss,
        rss: process.memoryUsage().rss,
      }),
    );
    return;
  }
  const scenario = SCENARIOS.find((s) => req.url === `/${s.name}`);
  if (!scenario) {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    const q = scenario.floor(codes);
    const bindings = (dialect === 'postgresql' && q.postgresqlBindings) || q.bindings;
    const result = await knex.raw(q[dialect], bindings as never[]);
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: rows }));
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});
await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
console.log(
  JSON.stringify({
    api: (app.httpServer.address() as AddressInfo).port,
    floor: (floor.address() as AddressInfo).port,
    codes,
  }),
);
process.on('SIGTERM', async () => {
  await app.stop();
  floor.close();
  await orm.close();
  process.exit(0);
});
