import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '../src/config';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { benchPostgresUrl, ensureBenchPostgres } from './database';
import { POSTGRAPHILE } from './postgraphile-scenarios';
import { SCENARIOS } from './scenarios';
import { loadSynthetic, SCALE } from './synthetic';

/**
 * Every system is asked for its answer uncompressed: Node's fetch asks for gzip by default, which the API
 * honours (its compression middleware) and PostGraphile and the floor do not — the API would gzip and the
 * load generator inflate on the same two cores, work the others never do. Compression is a proxy's or the
 * API's choice for remote clients, not part of the read path compared here.
 */
const PLAIN = { 'accept-encoding': 'identity' } as const;

/**
 * `pnpm bench [--seconds 5] [--databases sqlite,postgresql] [--scenarios a,b]`: loads synthetic Finland (once per database;
 * kept in apps/api/var/bench and the PostgreSQL database vertailu_bench), then measures every scenario
 * against the API and against the floor at 1 and 16 concurrent clients, and writes docs/benchmarks.json
 * and the table in docs/benchmarks.md. The server runs in its own process so the load generator does
 * not share its event loop.
 */
const API_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const REPO = path.resolve(API_ROOT, '../..');
/**
 * The API runs as `pnpm start` runs it (apps/api/package.json): a young generation of 32 MB, where a
 * request's short-lived rows die without being copied (municipality profile, 16 clients: +15 % requests
 * per second). PostGraphile runs with Node's defaults, as its users would start it.
 */
const API_NODE_FLAGS = ['--max-semi-space-size=32'];
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(flag('seconds', '5'));
const databases = flag('databases', 'sqlite,postgresql').split(',') as DatabaseConfig['kind'][];
const only = flag('scenarios', '').split(',').filter(Boolean);

function databaseUrl(kind: DatabaseConfig['kind']): { url: string; config: DatabaseConfig } {
  if (kind === 'sqlite') {
    const file = path.join(API_ROOT, 'var/bench/bench.sqlite');
    return { url: `sqlite:${file}`, config: { kind, file } };
  }
  const url = benchPostgresUrl();
  return { url, config: { kind, url } };
}

/** Creates and fills the benchmark database unless it holds synthetic Finland already. */
async function prepare(kind: DatabaseConfig['kind']): Promise<{ loadSeconds: number | null }> {
  const { config } = databaseUrl(kind);
  if (kind === 'sqlite') mkdirSync(path.dirname((config as { file: string }).file), { recursive: true });
  else await ensureBenchPostgres();
  let orm = await initOrm(config);
  await migrate(orm);
  const count = await orm.em.fork().getConnection().execute('select count(*) as n from municipality');
  if (Number((count[0] as { n: number }).n) >= SCALE.municipalities) {
    await orm.close();
    return { loadSeconds: null };
  }
  await orm.close();
  if (kind === 'sqlite') rmSync((config as { file: string }).file, { force: true });
  else await ensureBenchPostgres({ fresh: true });
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
  /** Server CPU (user + system) per request, ms. */
  cpuMs: number | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const r1 = (x: number) => Math.round(x * 10) / 10;

/** One system's share of an interleaved measurement: latencies, errors, time and server CPU so far. */
interface Tally {
  latencies: number[];
  errors: number;
  elapsed: number;
  cpu: number;
}
const tally = (): Tally => ({ latencies: [], errors: 0, elapsed: 0, cpu: 0 });

/** `concurrency` clients in closed loops for `ms`, adding every latency (and the server's CPU) to `into`. */
async function drive(
  send: () => Promise<boolean>,
  concurrency: number,
  ms: number,
  into: Tally,
  cpu: () => Promise<number>,
): Promise<void> {
  const cpu0 = await cpu();
  const started = performance.now();
  const end = started + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        if (!(await send().catch(() => false))) into.errors++;
        into.latencies.push(performance.now() - t);
      }
    }),
  );
  into.elapsed += (performance.now() - started) / 1000;
  into.cpu += (await cpu()) - cpu0;
}

function summary(t: Tally): Measured {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  return {
    p50: r1(percentile(sorted, 50)),
    p95: r1(percentile(sorted, 95)),
    p99: r1(percentile(sorted, 99)),
    rps: r1(sorted.length / Math.max(t.elapsed, 1e-9)),
    requests: sorted.length,
    errors: t.errors,
    cpuMs: sorted.length ? r1(t.cpu / sorted.length) : null,
  };
}

/**
 * Measures the systems side by side: `rounds` rounds of A, B, C … each for its share of `seconds`, so a
 * slow minute of the machine falls on every system alike.
 */
async function interleaved(
  systems: { send: () => Promise<boolean>; cpu: () => Promise<number> }[],
  concurrency: number,
  rounds = 3,
): Promise<Measured[]> {
  const tallies = systems.map(tally);
  for (let r = 0; r < rounds; r++)
    for (const [i, s] of systems.entries())
      await drive(s.send, concurrency, (seconds * 1000) / rounds, tallies[i] as Tally, s.cpu);
  return tallies.map(summary);
}

interface Stats {
  statements: number;
  transactions: number;
  cpu: number;
  peakRss?: number;
}
const statsOf = (port: number) => async () =>
  (await (await fetch(`http://127.0.0.1:${port}/__stats`)).json()) as Stats;

function spawnBench(
  script: string,
  url: string,
  nodeFlags: string[] = [],
): Promise<{ child: ChildProcess; line: Record<string, unknown> }> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script], {
    cwd: API_ROOT,
    env: { ...process.env, DATABASE_URL: url, SEED_ON_START: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{"'));
      if (line) resolve({ child, line: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

async function startServer(
  url: string,
): Promise<{ child: ChildProcess; api: number; floor: number; codes: string[] }> {
  const { child, line } = await spawnBench('bench/serve.ts', url, API_NODE_FLAGS);
  return { child, ...(line as { api: number; floor: number; codes: string[] }) };
}

/** PostGraphile v5 over the same database, in a process of its own (bench/postgraphile.ts). */
async function startPostGraphile(url: string): Promise<{ child: ChildProcess; port: number }> {
  const { child, line } = await spawnBench('bench/postgraphile.ts', url);
  return { child, port: (line as { port: number }).port };
}

async function coldStart(url: string): Promise<number> {
  const port = 4900 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const child = spawn(process.execPath, [...API_NODE_FLAGS, '--import', 'tsx', 'src/main.ts'], {
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
/** A probe's statements and transactions: the counters' difference over one request. */
async function counted(
  stats: () => Promise<Stats>,
  send: () => Promise<string>,
): Promise<{ text: string; statements: number; transactions: number }> {
  const a = await stats();
  const text = await send();
  const b = await stats();
  return { text, statements: b.statements - a.statements, transactions: b.transactions - a.transactions };
}

const ratio = (a: number, b: number) => r1(a / Math.max(0.1, b));

for (const kind of databases) {
  console.log(`\n== ${kind}`);
  const { loadSeconds } = await prepare(kind);
  const { url } = databaseUrl(kind);
  const coldMs = await coldStart(url);
  const server = await startServer(url);
  const pgl = kind === 'postgresql' ? await startPostGraphile(url) : null;
  const apiUrl = `http://127.0.0.1:${server.api}/graphql`;
  const floorUrl = (name: string) => `http://127.0.0.1:${server.floor}/${name}`;
  const stats = statsOf(server.floor);
  const serverCpu = async () => (await stats()).cpu;
  const pglStats = pgl ? statsOf(pgl.port) : null;
  try {
    for (const s of SCENARIOS.filter((x) => !only.length || only.includes(x.name))) {
      const body = JSON.stringify(s.graphql(server.codes));
      // no-cache: the API's response cache would answer repeats; the uncached path is the one to drive down.
      const post = async (cache: 'no-cache' | 'default') => {
        const res = await fetch(apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cache-control': cache, ...PLAIN },
          body,
        });
        return { res, text: await res.text() };
      };
      const sendTo = (cache: 'no-cache' | 'default') => async () => {
        const { res, text } = await post(cache);
        return (
          res.ok &&
          !text.includes('"errors"') &&
          (cache === 'no-cache' || res.headers.get('x-cache') === 'HIT')
        );
      };
      const sendApi = sendTo('no-cache');
      const sendFloor = async () => {
        const res = await fetch(floorUrl(s.name), { headers: PLAIN });
        await res.text();
        return res.ok;
      };
      // One request first: the probe counts a request in the steady state, not the first after the
      // server started (which reads the reference tables and the data version once for all that follow).
      await post('no-cache');
      const probe = await counted(stats, async () => (await post('no-cache')).text);
      if (probe.text.includes('"errors"') || !probe.text.startsWith('{"data"'))
        throw new Error(`${s.name}: ${probe.text.slice(0, 300)}`);
      const floorProbe = await counted(stats, async () =>
        (await fetch(floorUrl(s.name), { headers: PLAIN })).text(),
      );

      const systems = [
        { send: sendApi, cpu: serverCpu },
        { send: sendFloor, cpu: serverCpu },
      ];
      let pglProbe: Awaited<ReturnType<typeof counted>> | null = null;
      let equal: string | null = null;
      const pglScenario = POSTGRAPHILE[s.name];
      if (pgl && pglStats && pglScenario) {
        const pglBody = JSON.stringify(pglScenario.request(server.codes));
        const pglPost = async () =>
          (
            await fetch(`http://127.0.0.1:${pgl.port}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...PLAIN },
              body: pglBody,
            })
          ).text();
        pglProbe = await counted(pglStats, pglPost);
        const theirs = JSON.parse(pglProbe.text) as { data?: Record<string, unknown>; errors?: unknown };
        if (theirs.errors || !theirs.data)
          throw new Error(`PostGraphile, ${s.name}: ${pglProbe.text.slice(0, 500)}`);
        const a = JSON.stringify(pglScenario.ours(JSON.parse(probe.text).data));
        const b = JSON.stringify(pglScenario.theirs(theirs.data));
        if (a !== b) {
          let i = 0;
          while (a[i] === b[i]) i++;
          throw new Error(
            `${s.name}: the answers differ (${pglScenario.compared}) at ${i}:\n  ours   …${a.slice(Math.max(0, i - 80), i + 120)}\n  theirs …${b.slice(Math.max(0, i - 80), i + 120)}`,
          );
        }
        equal = pglScenario.compared;
        const cpu = async () => (await pglStats()).cpu;
        systems.splice(1, 0, {
          send: async () => {
            const text = await pglPost();
            return text.startsWith('{"data"') && !text.includes('"errors"');
          },
          cpu,
        });
      }
      // A, B, C, A, B, C … at 1 client, then at 16.
      const one = await interleaved(systems, 1);
      const sixteen = await interleaved(systems, 16);
      const [api1, floor1] = [one[0] as Measured, one[one.length - 1] as Measured];
      const [api16, floor16] = [sixteen[0] as Measured, sixteen[sixteen.length - 1] as Measured];
      const pgl1 = pglProbe ? (one[1] as Measured) : null;
      const pgl16 = pglProbe ? (sixteen[1] as Measured) : null;
      await sendTo('default')(); // fills the cache
      const cached16 = (await interleaved([{ send: sendTo('default'), cpu: serverCpu }], 16, 1))[0];
      const row = {
        database: kind,
        scenario: s.name,
        statements: probe.statements,
        transactions: probe.transactions,
        floorStatements: floorProbe.statements,
        responseBytes: probe.text.length,
        api1,
        floor1,
        api16,
        floor16,
        cached16,
        postgraphile: pglProbe
          ? {
              statements: pglProbe.statements,
              transactions: pglProbe.transactions,
              responseBytes: pglProbe.text.length,
              one: pgl1,
              sixteen: pgl16,
              compared: equal,
            }
          : null,
        ratio1: ratio(api1.p50, floor1.p50),
        ratio16: ratio(api16.p95, floor16.p95),
        ratioPostGraphile16: pgl16 ? ratio(api16.p95, pgl16.p95) : null,
        cpuRatioPostGraphile: pgl16?.cpuMs && api16.cpuMs ? ratio(api16.cpuMs, pgl16.cpuMs) : null,
      };
      results.push(row);
      console.log(
        `  ${s.name.padEnd(22)} 1 client p50 ${api1.p50} ms (floor ${floor1.p50}${pgl1 ? `, PostGraphile ${pgl1.p50}` : ''}) · 16 clients p95 ${api16.p95} ms (floor ${floor16.p95}${pgl16 ? `, PostGraphile ${pgl16.p95}` : ''}) · ÷floor ${row.ratio16}${pgl16 ? ` · ÷PostGraphile ${row.ratioPostGraphile16}` : ''} · CPU ${api16.cpuMs} ms/request${pgl16 ? ` (PostGraphile ${pgl16.cpuMs})` : ''} · ${probe.statements} SQL, ${probe.transactions} transactions${pglProbe ? ` (PostGraphile ${pglProbe.statements}, ${pglProbe.transactions})` : ''} · cached p95 ${cached16?.p95} ms${equal ? ' · answers equal' : ''}`,
      );
    }
    const peak = Math.round(((await stats()).peakRss ?? 0) / 1024 / 1024);
    (meta.databases as Record<string, unknown>)[kind] = { loadSeconds, coldStartMs: coldMs, peakRssMB: peak };
    console.log(`  cold start ${coldMs} ms; peak server memory ${peak} MB`);
  } finally {
    server.child.kill('SIGTERM');
    pgl?.child.kill('SIGTERM');
  }
}

const docs = path.join(REPO, 'docs');
if (!existsSync(docs)) mkdirSync(docs);
writeFileSync(path.join(docs, 'benchmarks.json'), `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
type Row = {
  database: string;
  scenario: string;
  statements: number;
  transactions: number;
  api1: Measured;
  floor1: Measured;
  api16: Measured;
  floor16: Measured;
  cached16: Measured;
  ratio16: number;
  ratioPostGraphile16: number | null;
  postgraphile: { statements: number; transactions: number; one: Measured; sixteen: Measured } | null;
};
const dash = (x: number | null | undefined) => (x == null ? '—' : String(x));
const table = [
  '| database | scenario | SQL / transactions per request (PostGraphile) | CPU ms / request, 16 clients (PostGraphile, floor) | 1 client p50 ms (PostGraphile, floor) | 16 clients p50 / p95 / p99 ms | req/s | PostGraphile p95 | floor p95 | **÷ PostGraphile** (16, p95) | **÷ floor** (16, p95) | cached: 16 clients p95 ms, req/s |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...(results as Row[]).map((x) => {
    const p = x.postgraphile;
    return `| ${x.database} | ${x.scenario} | ${x.statements} / ${x.transactions}${p ? ` (${p.statements} / ${p.transactions})` : ''} | ${dash(x.api16.cpuMs)} (${dash(p?.sixteen.cpuMs)}, ${dash(x.floor16.cpuMs)}) | ${x.api1.p50} (${dash(p?.one.p50)}, ${x.floor1.p50}) | ${x.api16.p50} / ${x.api16.p95} / ${x.api16.p99} | ${x.api16.rps} | ${dash(p?.sixteen.p95)} | ${x.floor16.p95} | ${dash(x.ratioPostGraphile16)} | ${x.ratio16} | ${x.cached16.p95}, ${x.cached16.rps} |`;
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
const generated = `${BEGIN}\nRun ${meta.date} (${seconds} s per measurement, systems interleaved in thirds, Node ${process.version}):\n\n${table}\n\n${dbLines}\n${END}`;
const existing = existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
writeFileSync(mdPath, existing.replace(new RegExp(`${BEGIN}[\\s\\S]*${END}`), generated));
console.log(`\nWrote docs/benchmarks.json and docs/benchmarks.md`);
