/**
 * `pnpm --filter @vertailu/api bench:cost-roles [--databases sqlite,postgresql] [--runs 7] [--out file.json]`:
 * the cost roles of the Costs page's first page (25 municipalities of synthetic Finland by name, ~1 550
 * projects) and of all 309, timed in process on warm connections (median of the runs), without GraphQL.
 * `--out` writes the answers as plain JSON (every figure, its inputs, every item) so two versions of the
 * code can be compared for identical answers. Databases: `var/bench/cost-roles.sqlite` and the PostgreSQL
 * database `BENCH_DATABASE` (default `vertailu_bench`), filled with synthetic Finland once.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import type { DatabaseConfig } from '../src/config';
import { initOrm, migrate } from '../src/db/orm';
import { seedDataset } from '../src/db/seed/seeder';
import { municipalityCostRoles } from '../src/modules/indicator/cost-roles.service';
import { loadFinance } from '../src/modules/indicator/derived-values.service';
import { ensureBenchPostgres } from './database';
import { loadSynthetic, SCALE } from './synthetic';

const API_ROOT = path.resolve(import.meta.dirname, '..');
const flag = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const databases = flag('databases', 'sqlite,postgresql').split(',') as DatabaseConfig['kind'][];
const runs = Number(flag('runs', '7'));
const out = flag('out', '');

async function open(kind: DatabaseConfig['kind']) {
  let config: DatabaseConfig;
  if (kind === 'sqlite') {
    const file = path.join(API_ROOT, 'var/bench/cost-roles.sqlite');
    mkdirSync(path.dirname(file), { recursive: true });
    config = { kind, file };
  } else config = { kind, url: await ensureBenchPostgres() };
  const orm = await initOrm(config);
  await migrate(orm);
  const knex = (orm.em.fork() as EntityManager).getKnex();
  const projects = Number(((await knex('project').count({ n: '*' })) as { n: number }[])[0]?.n ?? 0);
  if (projects < SCALE.projects) {
    await seedDataset(orm);
    const report = await loadSynthetic(orm);
    console.log(`  ${kind}: loaded synthetic Finland in ${report.seconds.toFixed(1)} s`);
  }
  return orm;
}

/** The answer as plain data: every figure with its inputs, every item with its record's id. */
function plain(rows: Awaited<ReturnType<typeof municipalityCostRoles>>) {
  const figure = (f: unknown) => JSON.parse(JSON.stringify(f ?? null));
  return rows.map((r) => ({
    code: r.municipality.code,
    itemCount: r.itemCount,
    gross: figure(r.gross),
    externalFunding: figure(r.externalFunding),
    netOwnCost: figure(r.netOwnCost),
    items: r.items.map((i) => {
      const item = i as typeof i & {
        project?: { id: number } | null;
        practice?: { id: number } | null;
        projectId?: number | null;
        practiceId?: number | null;
      };
      return {
        municipality: i.municipality.code,
        project: item.projectId ?? item.project?.id ?? null,
        practice: item.practiceId ?? item.practice?.id ?? null,
        gross: figure(i.gross),
        externalFunding: figure(i.externalFunding),
        netOwnCost: figure(i.netOwnCost),
        wholeBudget: figure(i.wholeBudget),
        restOfWhole: figure(i.restOfWhole),
        externalShareOfWhole: figure(i.externalShareOfWhole),
      };
    }),
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const answers: Record<string, unknown> = {};
for (const kind of databases) {
  const orm = await open(kind);
  const knex = (orm.em.fork() as EntityManager).getKnex();
  // The Costs page's first page: municipalities with development work, by Finnish name, 25 of them.
  const all = (await knex('municipality').select('code', 'name_fi')) as { code: string; name_fi: string }[];
  const working = new Set(
    (
      (await knex('project_municipality').distinct('municipality_code')) as { municipality_code: string }[]
    ).map((r) => r.municipality_code),
  );
  const byName = all
    .filter((m) => working.has(m.code))
    .sort((a, b) => a.name_fi.localeCompare(b.name_fi, 'fi'))
    .map((m) => m.code);
  const sets = { 'page of 25': byName.slice(0, 25).sort(), 'all 309': all.map((m) => m.code).sort() };
  for (const [label, codes] of Object.entries(sets)) {
    const times: number[] = [];
    let answer: Awaited<ReturnType<typeof municipalityCostRoles>> = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      answer = await municipalityCostRoles(orm.em.fork() as EntityManager, codes);
      times.push(performance.now() - started);
    }
    const items = answer.reduce((n, r) => n + r.itemCount, 0);
    console.log(
      `${kind.padEnd(10)} ${label.padEnd(11)} ${codes.length} municipalities, ${items} items: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${runs} runs)`,
    );
    answers[`${kind} ${label}`] = plain(answer);
  }
  // What recomputing every derived value reads first: all finance, as the pure derivation takes it.
  for (const type of ['Project', 'Practice'] as const) {
    const started = performance.now();
    const finance = await loadFinance(orm.em.fork() as EntityManager, { type, ids: null });
    const ms = performance.now() - started;
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    const normal = [...finance]
      .sort((a, b) => a.ownerId - b.ownerId)
      .map((f) => ({ ...f, costs: [...f.costs].sort(byId), fundings: [...f.fundings].sort(byId) }));
    const hash = createHash('sha256').update(JSON.stringify(normal)).digest('hex').slice(0, 16);
    console.log(
      `${kind.padEnd(10)} all ${type.toLowerCase()} finance: ${finance.length} owners in ${ms.toFixed(0)} ms (answer ${hash})`,
    );
    answers[`${kind} all ${type}`] = hash;
  }
  await orm.close();
}
if (out) writeFileSync(out, JSON.stringify(answers));
