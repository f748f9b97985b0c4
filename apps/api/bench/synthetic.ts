import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { EVIDENCE_LEVEL_MAX, evidenceTypeOfLevel } from '@vertailu/data/vocabulary';
import { bumpDataVersion } from '../src/db/data-version';

/**
 * A deterministic synthetic Finland on top of the real data set, for benchmarks only (never part of the
 * normal data set): synthetic work in the real register's 309 municipalities (real codes and names, no
 * invented municipality), 20 years × 100 indicators of statistics (≈ 618 000 values), 20 000 projects
 * with funding lines and costs, 5 000 practices, 60 000 outcomes. Bulk inserts.
 */
export type Scale = typeof SCALE;

/** The PostgreSQL database that holds synthetic Finland (BENCH_DATABASE, so parallel checkouts need not share one). */
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'vertailu_bench';

export const SCALE = {
  /** How many of the register's municipalities (by code) get synthetic work: all 309 by default. */
  municipalities: 309,
  years: 20,
  firstYear: 2006,
  indicators: 100,
  projects: 20_000,
  practices: 5_000,
  outcomes: 60_000,
};

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'perhe',
  'neuvola',
  'varhaiskasvatus',
  'nuoret',
  'koulu',
  'lastensuojelu',
  'perhetyö',
  'hyvinvointi',
  'työhyvinvointi',
  'verkosto',
  'matala kynnys',
  'kotipalvelu',
  'vanhemmuus',
  'osallisuus',
  'opiskeluhuolto',
];
const NOW = '2026-01-01T00:00:00.000Z';

export interface LoadReport {
  rows: Record<string, number>;
  seconds: number;
}

/**
 * Inserts the synthetic rows into a migrated, seeded database (ids continue after the real rows). The
 * same seed and scale give the same rows on every machine and database.
 */
export async function loadSynthetic(
  orm: MikroORM,
  { seed = 20261123, scale = SCALE }: { seed?: number; scale?: Scale } = {},
): Promise<LoadReport> {
  const started = performance.now();
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const em = orm.em.fork() as EntityManager;
  const knex = em.getKnex();
  const sqlite = orm.config.getPlatform().constructor.name.toLowerCase().includes('sqlite');
  const rows: Record<string, number> = {};

  const registered = (await knex('municipality').select('code').orderBy('code')).map(
    (r: { code: string }) => r.code,
  );
  if (scale.municipalities > registered.length)
    throw new Error(
      `The register has ${registered.length} municipalities; asked for ${scale.municipalities}.`,
    );
  const codes: string[] = registered.slice(0, scale.municipalities);
  const funders = (
    await knex('organisation').whereIn('abbreviation', ['ESR', 'TSR', 'STM']).select('id')
  ).map((r: { id: number }) => r.id);
  const domains = (await knex('term').where({ vocabulary: 'OUTCOME_DOMAIN' }).select('id')).map(
    (r: { id: number }) => r.id,
  );

  await knex.transaction(async (trx) => {
    const maxId = async (table: string) =>
      Number(((await trx(table).max({ m: 'id' })) as { m: number | null }[])[0]?.m ?? 0);
    const insert = async (table: string, data: Record<string, unknown>[]) => {
      for (let i = 0; i < data.length; i += 500) await trx(table).insert(data.slice(i, i + 500));
      rows[table] = (rows[table] ?? 0) + data.length;
    };
    const indicators = Array.from(
      { length: scale.indicators },
      (_, i) => `SYN_${String(i + 1).padStart(3, '0')}`,
    );
    await insert(
      'indicator',
      indicators.map((code, i) => ({
        code,
        name_fi: `Synteettinen indikaattori ${i + 1}`,
        name_en: `Synthetic indicator ${i + 1}`,
        unit: i % 2 ? 'PERCENT' : 'COUNT',
        category: i % 3 ? 'CONTEXT' : 'EFFECTIVENESS',
        polarity: 'NEUTRAL',
        definition: 'Synthetic benchmark statistic.',
        source: 'bench/synthetic.ts',
        aggregation: 'LATEST',
        normalizable: sqlite ? 0 : false,
      })),
    );
    // Statistics: one value per indicator, municipality and year.
    const values: Record<string, unknown>[] = [];
    for (const indicator of indicators)
      for (const code of codes)
        for (let y = 0; y < scale.years; y++)
          values.push({
            indicator_code: indicator,
            municipality_code: code,
            year: scale.firstYear + y,
            gender: 'total',
            series: 'statistics',
            value: Math.round(rnd() * 100_000) / 100,
            provenance: 'IMPORTED',
            source_note: 'synthetic',
          });
    await insert('indicator_value', values);

    let projectId = await maxId('project');
    const firstProject = projectId + 1;
    const projects: Record<string, unknown>[] = [];
    const links: Record<string, unknown>[] = [];
    const fundings: Record<string, unknown>[] = [];
    const costs: Record<string, unknown>[] = [];
    for (let i = 0; i < scale.projects; i++) {
      const id = ++projectId;
      const start = int(scale.firstYear, scale.firstYear + scale.years - 3);
      const end = start + int(1, 3);
      const words = `${pick(WORDS)} ${pick(WORDS)}`;
      const municipality = pick(codes);
      projects.push({
        id,
        created_at: NOW,
        updated_at: NOW,
        name: `Synteettinen hanke ${i + 1}: ${words}`,
        status: end < 2025 ? 'COMPLETED' : 'ONGOING',
        start_date: `${start}-01-01`,
        end_date: `${end}-12-31`,
        period_precision: 'YEAR',
        start_year: start,
        end_year: end,
        focus_areas: '[]',
        search_text: `synteettinen hanke ${i + 1} ${words}`,
      });
      links.push({
        created_at: NOW,
        updated_at: NOW,
        project_id: id,
        municipality_code: municipality,
        role: 'IMPLEMENTER',
      });
      const budget = int(20, 2000) * 1000;
      costs.push({
        created_at: NOW,
        updated_at: NOW,
        project_id: id,
        kind: 'TOTAL_BUDGET',
        basis: 'ESTIMATE',
        amount: budget,
      });
      for (let f = int(1, 2); f > 0; f--)
        fundings.push({
          created_at: NOW,
          updated_at: NOW,
          project_id: id,
          funder_id: pick(funders),
          kind: 'EXTERNAL_GRANT',
          amount: Math.round(budget * rnd() * 0.6),
          recipient_code: municipality,
        });
    }
    await insert('project', projects);
    await insert('project_municipality', links);
    await insert('cost_item', costs);
    await insert('funding_line', fundings);

    let practiceId = await maxId('practice');
    const firstPractice = practiceId + 1;
    const practices: Record<string, unknown>[] = [];
    for (let i = 0; i < scale.practices; i++) {
      const words = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
      practices.push({
        id: ++practiceId,
        created_at: NOW,
        updated_at: NOW,
        name: `Synteettinen toimintamalli ${i + 1}: ${words}`,
        municipality_code: pick(codes),
        parent_project_id: rnd() < 0.6 ? int(firstProject, projectId) : null,
        is_development_line: sqlite ? 0 : false,
        phase: pick(['PILOT', 'IN_DEVELOPMENT', 'COMPLETED', 'ESTABLISHED']),
        needs_and_goals: `Tavoitteena on ${words} ja lapsiperheiden hyvinvointi.`,
        search_text: `synteettinen toimintamalli ${i + 1} ${words} tavoitteena on ${words} ja lapsiperheiden hyvinvointi`,
      });
    }
    await insert('practice', practices);

    const outcomes: Record<string, unknown>[] = [];
    for (let i = 0; i < scale.outcomes; i++) {
      const onProject = i < (scale.outcomes * 2) / 3;
      const direction = pick(['IMPROVED', 'IMPROVED', 'UNCHANGED', 'WORSENED', 'UNKNOWN']);
      const evidence = int(0, EVIDENCE_LEVEL_MAX);
      outcomes.push({
        created_at: NOW,
        updated_at: NOW,
        project_id: onProject ? int(firstProject, projectId) : null,
        practice_id: onProject ? null : int(firstPractice, practiceId),
        kind: rnd() < 0.7 ? 'RESULT' : 'OUTPUT',
        domain_id: pick(domains),
        direction,
        // A level of the one evidence scale and its type, as the Outcome entity stores them.
        evidence_type: evidenceTypeOfLevel(evidence),
        evidence_level: evidence,
        summary_en: `Synthetic outcome ${i + 1}`,
        value: rnd() < 0.3 ? int(1, 100) : null,
        unit: '%',
        search_text: `synthetic outcome ${i + 1}`,
      });
    }
    await insert('outcome', outcomes);
    await bumpDataVersion({ execute: (sql: string) => trx.raw(sql) });
    if (!sqlite)
      for (const table of [
        'project',
        'practice',
        'outcome',
        'funding_line',
        'cost_item',
        'project_municipality',
        'indicator_value',
      ])
        await trx.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [
          table,
          table,
        ]);
  });
  // As autovacuum would have by the time anyone queries: statistics and the visibility map (index-only
  // scans, e.g. for counts). Outside the transaction: VACUUM cannot run inside one.
  if (!sqlite) await knex.raw('vacuum analyze');
  return { rows, seconds: (performance.now() - started) / 1000 };
}
