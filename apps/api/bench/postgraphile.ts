/**
 * `pnpm bench`'s third system: PostGraphile v5 (amber preset) over the same PostgreSQL database, in its
 * own process. Restricted to the tables the scenarios read, with its index behaviours relaxed (it may
 * sort and filter on any column, as the API does), plus the functions of postgraphile.sql for the
 * groupings its generated schema lacks. Counts statements and transactions at its pool, serves them at
 * /__stats, and prints `{"port": …}` when it listens.
 *
 * PostGraphile v5 wants Node 22; on Node 20 it needs `Promise.withResolvers`, polyfilled here before it
 * is loaded (hence the dynamic imports).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const P = Promise as unknown as { withResolvers?: () => unknown };
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = () => {
    let resolve!: (v: unknown) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** The tables the scenarios read; every other table is hidden from PostGraphile's schema. */
const TABLES = [
  'project',
  'practice',
  'outcome',
  'funding_line',
  'organisation',
  'municipality',
  'project_municipality',
  'indicator',
  'indicator_value',
];

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const here = path.dirname(new URL(import.meta.url).pathname);
// node-postgres as PostGraphile's own dependency resolves it.
interface PgClientLike {
  query: (...args: unknown[]) => unknown;
}
interface PgPoolLike {
  on(event: 'connect', listener: (client: PgClientLike) => void): void;
  query<R>(sql: string): Promise<{ rows: R[] }>;
  end(): Promise<void>;
}
const pg = createRequire(createRequire(import.meta.url).resolve('postgraphile'))('pg') as {
  Pool: new (options: { connectionString: string; max: number }) => PgPoolLike;
};

let statements = 0;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let transactions = 0;
const pool = new pg.Pool({ connectionString: url, max: 10 });
// Every statement outside BEGIN … COMMIT is a transaction of its own; BEGIN starts one.
const inTx = new WeakSet<object>();
pool.on('connect', (client) => {
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const first = args[0];
    const text = (typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '')).trim();
    const word = text.slice(0, 8).toLowerCase();
    statements++;
    if (word.startsWith('begin')) {
      inTx.add(client);
      transactions++;
    } else if (word.startsWith('commit') || word.startsWith('rollback')) inTx.delete(client);
    else if (!inTx.has(client)) transactions++;
    return query(...args);
  };
});

await pool.query(readFileSync(path.join(here, 'postgraphile.sql'), 'utf8'));
const others = (
  await pool.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public'`,
  )
).rows
  .map((r) => r.table_name)
  .filter((t) => !TABLES.includes(t));

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');
const { jsonPgSmartTags } = await import('postgraphile/utils');

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [
    jsonPgSmartTags({
      version: 1,
      config: { class: Object.fromEntries(others.map((t) => [t, { tags: { behavior: '-*' } }])) },
    }),
  ],
  // Relaxed: without this, columns without an index may not be sorted or filtered on.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool: pool as never, schemas: ['public', 'pgl_bench'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset as never);
const serv = pgl.createServ(grafserv);
const handler = serv.createHandler();
const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements, transactions, cpu: cpuMs() }));
    return;
  }
  handler(req, res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
// Builds the schema now, not on the first request.
await pgl.getSchema();
console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
});
