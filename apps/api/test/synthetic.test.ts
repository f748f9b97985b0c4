import { afterAll, describe, expect, it } from 'vitest';
import { loadSynthetic, type Scale } from '../bench/synthetic';
import { exportDump } from '../src/db/dump';
import { seedDataset } from '../src/db/seed/seeder';
import { createTestDb, DRIVERS, type TestDb } from './harness';

/** Synthetic Finland at a size a test can afford; `pnpm bench` loads the full 771 000 rows. */
const SMALL: Scale = {
  municipalities: 12,
  years: 3,
  firstYear: 2020,
  indicators: 2,
  projects: 30,
  practices: 10,
  outcomes: 45,
};

const STAMPS = new Set(['created_at', 'updated_at', 'imported_at', 'seeded_at', 'loaded_at']);

/** The database's contents without the moment they were written. */
async function contents(db: TestDb) {
  const { tables } = await exportDump(db.orm);
  return Object.fromEntries(
    Object.entries(tables).map(([t, rows]) => [
      t,
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !STAMPS.has(k)))),
    ]),
  );
}

async function synthetic(driver: (typeof DRIVERS)[number], seed?: number) {
  const db = await createTestDb(driver);
  await seedDataset(db.orm);
  const report = await loadSynthetic(db.orm, { scale: SMALL, seed });
  return { db, report };
}

describe('synthetic Finland (the benchmark data)', () => {
  const opened: TestDb[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it.each(DRIVERS)('loads the asked scale on %s, on top of the real data set', async (driver) => {
    const { db, report } = await synthetic(driver);
    opened.push(db);
    const count = async (sql: string) =>
      Number(((await db.orm.em.fork().getConnection().execute(sql)) as { n: number }[])[0]?.n);
    // No invented municipality: the work lands in the register's first 12 by code.
    expect(await count('select count(*) as n from municipality')).toBe(309);
    expect(
      await count(
        "select count(distinct municipality_code) as n from indicator_value where indicator_code like 'SYN_%'",
      ),
    ).toBe(12);
    expect(await count("select count(*) as n from indicator where code like 'SYN_%'")).toBe(2);
    // 12 municipalities × 2 indicators × 3 years, every one a value.
    expect(await count("select count(*) as n from indicator_value where indicator_code like 'SYN_%'")).toBe(
      72,
    );
    expect(await count("select count(*) as n from project where search_text like 'synteettinen%'")).toBe(30);
    expect(await count('select count(*) as n from funding_line')).toBeGreaterThanOrEqual(30);
    expect(report.rows.outcome).toBe(45);
    // The real records are untouched: Tornio's project is still there with its name.
    expect(
      await count(
        "select count(*) as n from project where name = 'Perheille parasta – työniloa työntekijöille'",
      ),
    ).toBe(1);
  });

  it('is the same data for the same seed, on SQLite and PostgreSQL alike, and other data for another seed', async () => {
    const a = await synthetic(DRIVERS[0] ?? 'sqlite');
    const b = await synthetic(DRIVERS.at(-1) ?? 'sqlite');
    const c = await synthetic(DRIVERS[0] ?? 'sqlite', 7);
    opened.push(a.db, b.db, c.db);
    const [ca, cb, cc] = await Promise.all([contents(a.db), contents(b.db), contents(c.db)]);
    expect(cb).toEqual(ca);
    expect(cc.project).not.toEqual(ca.project);
    expect(cc.municipality).toEqual(ca.municipality);
  });
});
