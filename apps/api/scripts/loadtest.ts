import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import autocannon from 'autocannon';
import { hashKey, loadConfig } from '../src/config';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { toGlobalId } from '../src/graphql/global-id';
import { FundingLine } from '../src/modules/finance/funding-line.entity';
import { createApp } from '../src/server';

/**
 * `pnpm loadtest [--seconds 20] [--connections 10]`: mixed read traffic with one write in ten against
 * the API on loopback for a fixed time. Prints requests/s, latency percentiles, errors, memory before
 * and after, and checks that every acknowledged write is in the database. Exit code 1 on any error or
 * lost write. Uses a throw-away SQLite file unless DATABASE_URL is set.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new Error(`--${name} must be 1–3600`);
  return n;
};
const seconds = arg('seconds', 20);
const connections = arg('connections', 10);
const KEY = 'loadtest-editor-key-0123456789';
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const dir = process.env.DATABASE_URL ? null : mkdtempSync(path.join(tmpdir(), 'vertailu-load-'));
const config = {
  ...loadConfig(
    dir ? { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'load.sqlite')}` } : process.env,
  ),
  env: 'production' as const,
  rateLimitPerIp: 1_000_000,
  rateLimitPerKey: 1_000_000,
  concurrentPerIp: 1_000_000,
};
config.apiKeys.set(hashKey(KEY), { name: 'loadtest', role: 'EDITOR' });
const orm = await initOrm(config.database);
await migrate(orm);
await seedDataset(orm);
const app = await createApp(orm, config);
await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;

const em = orm.em.fork() as EntityManager;
const project = await em.getConnection().execute('select id from project order by id limit 1');
const projectId = Buffer.from(`Project:${(project[0] as { id: number }).id}`).toString('base64url');
const marker = `loadtest-${Date.now()}`;

// The dashboard's own operations: the traffic mix real users make, kept in step with the dashboard (a
// read that no longer matches them stops the run before it starts, see the check below).
const DASHBOARD = ['dashboard.graphql', 'national.graphql']
  .map((file) => readFileSync(new URL(`../../dashboard/src/graphql/${file}`, import.meta.url), 'utf8'))
  .join('\n');
const ALL = ['020', '186', '211', '851'];
const READS: [string, Record<string, unknown>][] = [
  ['Register', {}],
  [
    'Compare',
    {
      municipalities: ALL,
      indicators: ['OWN_PROJECT_COST', 'EXTERNAL_FUNDING_SHARE'],
      normalize: 'PER_INHABITANT',
    },
  ],
  ['MatrixPage', { municipalities: ALL, limit: 20 }],
  ['Profile', { code: '851' }],
  ['Catalogue', { search: 'perhe', municipalities: ALL, first: 50, offset: 0 }],
  ['Detail', { id: projectId }],
  ['Timeline', { first: 50, offset: 0 }],
  ['CostRoles', { municipalities: ALL }],
];
// Each read once, answered without errors, before any load: a renamed operation or a changed variable
// in the dashboard would otherwise turn the whole run into a measurement of error answers.
for (const [operationName, variables] of READS) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DASHBOARD, operationName, variables }),
  });
  const body = await res.text();
  if (res.status !== 200 || body.includes('"errors"')) {
    console.error(
      `Load test: the read ${operationName} fails (${res.status} ${body.slice(0, 300)}); fix READS.`,
    );
    await app.stop();
    await orm.close();
    process.exit(1);
  }
}
let errors = 0;
/** Global ids of created funding lines whose creation the API confirmed. */
const acknowledgedIds: string[] = [];
let writes = 0;
const errorSamples: string[] = [];
const countErrors = (status: number, body: string) => {
  if (status !== 200 || body.includes('"errors"')) {
    errors++;
    if (errorSamples.length < 3) errorSamples.push(`${status} ${body.slice(0, 200)}`);
    return false;
  }
  return true;
};
const post = (query: string, variables?: unknown) =>
  JSON.stringify(variables ? { query, variables } : { query });
const requests: autocannon.Request[] = [];
for (let i = 0; i < 9; i++)
  requests.push({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: DASHBOARD,
      operationName: (READS[i % READS.length] as [string, unknown])[0],
      variables: (READS[i % READS.length] as [string, unknown])[1],
    }),
    onResponse: (status, body) => void countErrors(status, body),
  });
/**
 * Writes keep the data at a steady size, so a long run measures the service, not a growing data set
 * (before, every write added a funding line to one project: after 5 minutes it had ~1 000, and every
 * write's recomputation and every read of that project grew with them). Funding lines are added
 * round-robin over the projects; once LIVE lines of this run exist, every other write deletes the
 * oldest. Checked at the end: every confirmed creation not confirmed deleted is there, every confirmed
 * deletion is gone.
 */
const LIVE = 20;
const projectIds = (
  (await em.getConnection().execute('select id from project order by id')) as { id: number }[]
).map((r) => Buffer.from(`Project:${r.id}`).toString('base64url'));
const live: string[] = [];
const deletedIds: string[] = [];
/** Lines a deletion was sent for: one still in flight at the end may be gone without its answer read. */
const deleteSent = new Set<string>();
requests.push({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
  setupRequest: (req, context) => {
    writes++;
    const c = context as { deleting?: string | null };
    c.deleting = live.length > LIVE && writes % 2 === 0 ? (live.shift() ?? null) : null;
    if (c.deleting) deleteSent.add(c.deleting);
    if (c.deleting)
      return {
        ...req,
        body: post('mutation($input: DeleteInput!) { deleteFundingLine(input: $input) }', {
          input: { id: c.deleting, version: 1 },
        }),
      };
    return {
      ...req,
      body: post('mutation($input: CreateFundingLineInput!) { createFundingLine(input: $input) { id } }', {
        input: {
          projectId: projectIds[writes % projectIds.length] ?? projectId,
          kind: 'EXTERNAL_GRANT',
          amount: 1000 + (writes % 500),
          note: `${marker} #${writes}`,
        },
      }),
    };
  },
  onResponse: (status, body, context) => {
    const deleting = (context as { deleting?: string | null }).deleting;
    if (!countErrors(status, body)) return;
    if (deleting) deletedIds.push(deleting);
    else {
      const id = (JSON.parse(body) as { data: { createFundingLine: { id: string } } }).data.createFundingLine
        .id;
      acknowledgedIds.push(id);
      live.push(id);
    }
  },
});

// Warm up (JIT, caches, pool), then measure memory from a collected heap.
await autocannon({ url, connections, duration: Math.min(30, Math.max(2, seconds / 10)), requests });
gc();
const before = process.memoryUsage();

/**
 * The run in ten windows: each window's latency percentiles and the memory at its end, so drift
 * (p99 or RSS growing as the run gets longer) shows in the load tool's own report.
 */
const WINDOWS = 10;
const windowMs = (seconds * 1000) / WINDOWS;
const started = Date.now();
const windows = Array.from({ length: WINDOWS }, () => ({ latencies: [] as number[], rss: 0, heap: 0 }));
const sampler = setInterval(() => {
  const w = windows[Math.min(WINDOWS - 1, Math.floor((Date.now() - started) / windowMs))];
  if (w) {
    const m = process.memoryUsage();
    w.rss = m.rss;
    w.heap = m.heapUsed;
  }
}, 500);
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const run = autocannon({ url, connections, duration: seconds, requests }, (err, res) =>
    err ? reject(err) : resolve(res),
  );
  run.on('response', (_client, _status, _bytes, ms) => {
    windows[Math.min(WINDOWS - 1, Math.floor((Date.now() - started) / windowMs))]?.latencies.push(ms);
  });
});
clearInterval(sampler);
gc();
const after = process.memoryUsage();
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number)
    : 0;
};

// A write still in flight when the run ends may be stored without its answer having been read: only
// a confirmed write that is missing counts as lost.
const storedLines = await (orm.em.fork() as EntityManager).find(
  FundingLine,
  { note: { $like: `${marker} #%` } },
  { fields: ['id'] as never },
);
const storedIds = new Set(storedLines.map((f) => toGlobalId('FundingLine', f.id)));
const deleted = new Set(deletedIds);
const stored = storedIds.size;
const acknowledged = acknowledgedIds.length;
const lost = acknowledgedIds.filter((id) => !deleteSent.has(id) && !storedIds.has(id)).length;
const deletesInFlight = [...deleteSent].filter((id) => !deleted.has(id) && !storedIds.has(id)).length;
const resurrected = deletedIds.filter((id) => storedIds.has(id)).length;
await app.stop();
await orm.close();
if (dir) rmSync(dir, { recursive: true, force: true });

const l = result.latency;
console.log(
  `Load test: ${seconds} s, ${connections} connections, 9 reads : 1 write, ${config.database.kind} (loopback)`,
);
console.log(`  requests      ${result.requests.total} (${result.requests.average.toFixed(0)}/s average)`);
console.log(`  latency ms    p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}`);
console.log(
  `  errors        ${errors + result.errors + result.non2xx} (GraphQL/HTTP ${errors}, socket ${result.errors}, timeouts ${result.timeouts})`,
);
console.log(
  `  writes        ${acknowledged} creations and ${deleted.size} deletions acknowledged: ${lost} created lines missing (lost), ${resurrected} deleted lines still there; in flight at the end: ${deletesInFlight} deletions (line gone, answer unread), ${Math.max(0, stored - (acknowledged - deleted.size))} creations (line stored, answer unread)`,
);
console.log(
  `  memory        heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, rss ${mb(before.rss)} → ${mb(after.rss)}${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for collected figures)'}`,
);
console.log('  windows       (p50 / p99 ms, rss at the end of each tenth of the run)');
console.log(
  `                ${windows.map((w) => `${pct(w.latencies, 50)}/${pct(w.latencies, 99)} ${mb(w.rss).replace(' MB', '')}`).join(' · ')}`,
);
const first = windows[0] as (typeof windows)[number];
const last = windows[WINDOWS - 1] as (typeof windows)[number];
console.log(
  `  drift         p99 ${pct(first.latencies, 99)} → ${pct(last.latencies, 99)} ms (first vs last tenth); rss after warm-up ${mb(before.rss)} → end ${mb(after.rss)} (${(((after.rss - before.rss) / before.rss) * 100).toFixed(0)} %)`,
);
for (const s of errorSamples) console.log(`  sample error  ${s}`);
process.exitCode = errors + result.errors + result.non2xx > 0 || lost > 0 || resurrected > 0 ? 1 : 0;
