import 'reflect-metadata';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { freePort } from '../test/support/own-postgres';
import { run } from '../test/support/run';
import { ensureBenchPostgres } from './database';
import { loadSynthetic, SCALE } from './synthetic';

/**
 * `pnpm bench:attacks [--databases sqlite,postgresql]` — not a test: the worst query shapes an
 * anonymous caller can still send at national scale (synthetic Finland), each grown until the abuse
 * limits refuse it, fired at the API (production mode, its own process, default deadline). Prints
 * each shape's time and the API process's extra memory (peak RSS during the request − RSS before),
 * and the worst of both. Target: every accepted query under 1 s and under 100 MB.
 */
const API_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const databases = flag('databases', 'sqlite,postgresql').split(',');

/** The benchmark's database (the one `pnpm bench` uses), filled with synthetic Finland once. */
async function prepare(kind: string): Promise<string> {
  let url: string;
  if (kind === 'sqlite') url = `sqlite:${path.join(API_ROOT, 'var/bench/bench.sqlite')}`;
  else url = await ensureBenchPostgres();
  const config =
    kind === 'sqlite'
      ? { kind: 'sqlite' as const, file: url.slice('sqlite:'.length) }
      : { kind: 'postgresql' as const, url };
  if (kind === 'sqlite') mkdirSync(path.join(API_ROOT, 'var/bench'), { recursive: true });
  const orm = await initOrm(config);
  await migrate(orm);
  const n = await orm.em.fork().getConnection().execute('select count(*) as n from municipality');
  if (Number((n[0] as { n: number }).n) < SCALE.municipalities) {
    console.log(`  loading synthetic Finland into ${kind} (once)…`);
    await seedDataset(orm);
    await loadSynthetic(orm);
  }
  await orm.close();
  return url;
}

/** Resident memory of a process, from /proc (Linux). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

interface Shape {
  name: string;
  /** The query at size n; sizes are tried largest first until the limits accept one. */
  query: (n: number, codes: string[]) => { query: string; variables?: Record<string, unknown> };
  sizes: number[];
}

const shapes = (indicators: string[]): Shape[] => [
  {
    name: 'cycle: projects → practices → parentProject → practices',
    query: (n) => ({
      query: `{ projects(first: ${n}) { edges { node { practices { parentProject { practices { id name parentProject { name } } } } } } } }`,
    }),
    sizes: [100, 50, 20, 10],
  },
  {
    name: 'compareMunicipalities, every indicator, n municipalities',
    query: (n, codes) => ({
      query: `query($m: [String!]!, $i: [String!]!) { compareMunicipalities(municipalities: $m, indicators: $i) {
        indicator { code } mean median rows { municipality { code nameFi } value rank missingReason note years } } }`,
      variables: { m: codes.slice(0, n), i: indicators.slice(0, 50) },
    }),
    sizes: [308, 200, 100, 50],
  },
  {
    name: 'compareMunicipalities with explanations, every indicator',
    query: (n, codes) => ({
      query: `query($m: [String!]!, $i: [String!]!) { compareMunicipalities(municipalities: $m, indicators: $i) {
        rows { value explanation { formula inputs { label value recordId } } } } }`,
      variables: { m: codes.slice(0, n), i: indicators.slice(0, 50) },
    }),
    sizes: [308, 200, 100, 80, 60, 40, 30, 20, 10, 5, 2, 1],
  },
  {
    name: 'outcomeMatrix with results and citations',
    query: (n, codes) => ({
      query: `query($m: [String!]!) { outcomeMatrix(municipalities: $m) { direction count
        outcomes { summaryEn value practice { name } project { name } citations { quote } } } }`,
      variables: { m: codes.slice(0, n) },
    }),
    sizes: [308, 200, 100, 80, 60, 40, 20, 10],
  },
  {
    name: 'indicatorSeries, n municipalities, every year',
    query: (n, codes) => ({
      query: `query($m: [String!]!) { indicatorSeries(municipalities: $m, indicator: "POPULATION") {
        municipality { code nameFi } year value missingReason } }`,
      variables: { m: codes.slice(0, n) },
    }),
    sizes: [308, 200, 100],
  },
  {
    name: 'municipalities × projects pages with funding',
    query: (n) => ({
      query: `{ municipalities(first: 100) { edges { node { code projects(first: ${n}) { totalCount edges { node {
        name fundings { amount funder { nameFi } } outcomes { direction } } } } } } } }`,
    }),
    sizes: [100, 50, 20, 10],
  },
  {
    name: 'search over every project (one letter), full page',
    query: (n) => ({
      query: `{ projects(first: ${n}, filter: { search: "a" }) { totalCount edges { node { name aims period { start end }
        municipalities { municipality { nameFi } } } } } }`,
    }),
    sizes: [100],
  },
  {
    name: 'municipality profile of every municipality in one request',
    query: (n, codes) => ({
      query: `{ ${codes
        .slice(0, n)
        .map(
          (c, i) =>
            `p${i}: municipalityProfile(code: "${c}") { projects { name } practices { name } outcomes { direction } }`,
        )
        .join(' ')} }`,
    }),
    sizes: [30, 20, 10, 5],
  },
  {
    name: 'introspection',
    query: () => ({ query: getIntrospectionQuery({ descriptions: true }) }),
    sizes: [1],
  },
];

const rows: string[] = [];
let worstMs = 0;
let worstMb = 0;
for (const kind of databases) {
  const url = await prepare(kind);
  const port = await freePort();
  const api = run('src/main.ts', [], {
    DATABASE_URL: url,
    PORT: String(port),
    NODE_ENV: 'production',
    SEED_ON_START: 'false',
    RATE_LIMIT_PER_IP: '100000000',
  });
  const end = Date.now() + 120_000;
  while (!api.output().includes('Vertailu API on')) {
    if (Date.now() > end || api.exitCode !== null) throw new Error(`API did not start:\n${api.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // tsx runs the API in a child of its own: measure the node process that listens.
  const pid = Number(
    readFileSync(`/proc/${api.pid}/task/${api.pid}/children`, 'utf8').trim().split(/\s+/)[0] ?? api.pid,
  );
  const base = `http://127.0.0.1:${port}/graphql`;
  const send = async (body: unknown) => {
    const res = await fetch(base, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        'cache-control': 'no-cache',
      },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, text };
  };
  const codes: string[] = [];
  let after: string | null = null;
  do {
    const page = JSON.parse(
      (
        await send({
          query:
            'query($a: String) { municipalities(first: 100, after: $a) { edges { cursor node { code } } pageInfo { hasNextPage } } }',
          variables: { a: after },
        })
      ).text,
    ) as {
      data: {
        municipalities: {
          edges: { cursor: string; node: { code: string } }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    };
    codes.push(...page.data.municipalities.edges.map((e) => e.node.code));
    after = page.data.municipalities.pageInfo.hasNextPage
      ? (page.data.municipalities.edges.at(-1)?.cursor ?? null)
      : null;
  } while (after);
  const indicators = (
    JSON.parse((await send({ query: '{ indicators { code } }' })).text) as {
      data: { indicators: { code: string }[] };
    }
  ).data.indicators.map((i) => i.code);
  console.log(`${kind}: ${codes.length} municipalities, ${indicators.length} indicators`);

  for (const shape of shapes(indicators)) {
    let accepted: number | null = null;
    for (const n of shape.sizes) {
      const { status, text } = await send(shape.query(n, codes));
      if (status === 400 && /may cost|levels deep|aliases/.test(text)) continue;
      accepted = n;
      // Measured twice, the second (warm) counted: the first may include the database's cold reads.
      let ms = 0;
      let extra = 0;
      let outcome = '';
      for (let round = 0; round < 2; round++) {
        await new Promise((r) => setTimeout(r, 300));
        const before = rssOf(pid);
        let peak = before;
        const sampler = setInterval(() => {
          peak = Math.max(peak, rssOf(pid));
        }, 5);
        const t = performance.now();
        const res = await send(shape.query(n, codes));
        ms = performance.now() - t;
        clearInterval(sampler);
        peak = Math.max(peak, rssOf(pid));
        extra = (peak - before) / 1024 / 1024;
        const body = JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] };
        outcome = `${res.status} ${body.errors?.[0]?.extensions?.code ?? 'ok'} ${(res.text.length / 1024).toFixed(0)} kB`;
      }
      worstMs = Math.max(worstMs, ms);
      worstMb = Math.max(worstMb, extra);
      rows.push(`| ${kind} | ${shape.name} | ${n} | ${outcome} | ${ms.toFixed(0)} | ${extra.toFixed(1)} |`);
      console.log(`  ${shape.name} (n = ${n}): ${outcome}, ${ms.toFixed(0)} ms, +${extra.toFixed(1)} MB`);
      break;
    }
    if (accepted === null) {
      rows.push(`| ${kind} | ${shape.name} | every size refused | 400 | – | – |`);
      console.log(`  ${shape.name}: refused at every size`);
    }
  }
  api.kill('SIGTERM');
  await new Promise((r) => (api.exitCode !== null ? r(null) : api.once('exit', r)));
}

console.log('\n| database | shape | largest accepted n | answer | ms | extra RSS MB |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log(
  `\nWorst accepted query: ${worstMs.toFixed(0)} ms (target < 1000), ${worstMb.toFixed(1)} MB extra RSS (target < 100).`,
);
