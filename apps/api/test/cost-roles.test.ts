import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlain } from '../src/db/plain';
import { seedDataset } from '../src/db/seed/seeder';
import { itemCostRoles, municipalityCostRoles } from '../src/modules/indicator/cost-roles.service';
import type { ItemCostRoles } from '../src/modules/indicator/cost-roles.types';
import { recomputeAllDerivedValues } from '../src/modules/indicator/derived-values.service';
import { IndicatorValue } from '../src/modules/indicator/indicator-value.entity';
import { createTestDb, DRIVERS, type TestDb } from './harness';

/**
 * The answers of the previous implementation (managed entities, each record read twice), recorded on
 * the real data set before cost roles were read as plain rows: every municipality's sums, every
 * project's and practice's figures with their inputs, and every derived cost value. The set-based
 * read must give them unchanged.
 */
const RECORDED = JSON.parse(
  readFileSync(new URL('./fixtures/cost-roles-real.json', import.meta.url), 'utf8'),
) as {
  municipalities: unknown[];
  projects: Record<string, unknown[]>;
  practices: Record<string, unknown[]>;
  derived: Record<string, unknown>[];
};

const plain = (f: unknown) => JSON.parse(JSON.stringify(f ?? null));
const item = (i: ItemCostRoles) => ({
  municipality: i.municipality.code,
  project: i.projectId,
  practice: i.practiceId,
  gross: plain(i.gross),
  externalFunding: plain(i.externalFunding),
  netOwnCost: plain(i.netOwnCost),
  wholeBudget: plain(i.wholeBudget),
  restOfWhole: plain(i.restOfWhole),
  externalShareOfWhole: plain(i.externalShareOfWhole),
});

describe.each(DRIVERS)('cost roles read as plain rows, the same answers, on %s', (driver) => {
  let db: TestDb;
  let statements = 0;
  const em = () => db.orm.em.fork() as EntityManager;
  beforeAll(async () => {
    db = await createTestDb(driver);
    await seedDataset(db.orm);
    // Every statement, also those sent past the ORM (plain rows go to knex directly).
    em()
      .getKnex()
      .on('query', () => statements++);
  });
  afterAll(() => db.close());

  it('Akaa’s net own cost is 13 100 € = 23 056 € realised − 9 956 € granted', async () => {
    const [akaa] = await municipalityCostRoles(em(), ['020']);
    expect(akaa?.municipality.code).toBe('020');
    expect([akaa?.gross.exact, akaa?.externalFunding.exact, akaa?.netOwnCost.exact]).toEqual([
      '23056.00',
      '9956.00',
      '13100.00',
    ]);
    // Finnish thousands are separated by a no-break space: compared as a reader sees them.
    expect(akaa?.netOwnCost.formulaFi?.replace(/\s/g, ' ')).toBe(
      'bruttokustannus − ulkopuolinen rahoitus = 23 056 € − 9 956 € = 13 100 €',
    );
    expect([akaa?.netOwnCost.basis, akaa?.netOwnCost.fromYear, akaa?.netOwnCost.toYear]).toEqual([
      'REALISED',
      2014,
      2016,
    ]);
  });

  it('every municipality’s, project’s and practice’s figures are the recorded ones', async () => {
    const rows = await municipalityCostRoles(em(), ['020', '186', '211', '851', '091']);
    expect(
      rows.map((r) => ({
        code: r.municipality.code,
        itemCount: r.itemCount,
        gross: plain(r.gross),
        externalFunding: plain(r.externalFunding),
        netOwnCost: plain(r.netOwnCost),
        items: r.items.map(item),
      })),
    ).toEqual(RECORDED.municipalities);
    const ids = [1, 2, 3, 4, 5, 6, 7, 8];
    for (const [type, recorded] of [
      ['Project', RECORDED.projects],
      ['Practice', RECORDED.practices],
    ] as const) {
      const roles = await itemCostRoles(em(), type, ids);
      expect(Object.fromEntries([...roles.entries()].map(([id, list]) => [id, list.map(item)]))).toEqual(
        recorded,
      );
    }
  });

  it('derived cost values recomputed from the plain rows are the recorded ones', async () => {
    await em().transactional((tx) => recomputeAllDerivedValues(tx as EntityManager));
    const derived = await findPlain(em(), IndicatorValue, { provenance: 'DERIVED' });
    // In a fixed order by what identifies a value (PostgreSQL's JSON keeps its keys in its own order).
    const key = (v: Record<string, unknown>) =>
      JSON.stringify([v.series, v.indicator, v.municipality, v.year, v.gender]);
    const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => key(a).localeCompare(key(b));
    const comparable = derived
      .map((v) => {
        const { id: _id, ...rest } = plain(v);
        return rest as Record<string, unknown>;
      })
      .sort(byKey);
    expect(comparable).toEqual([...RECORDED.derived].sort(byKey));
  });

  it('reads a page of municipalities in a fixed number of statements, however many records', async () => {
    statements = 0;
    await municipalityCostRoles(em(), ['851']);
    const one = statements;
    statements = 0;
    await municipalityCostRoles(em(), ['020', '186', '211', '851', '091']);
    // The municipalities, then the owners, their links, costs and funding lines side by side.
    expect([one, statements]).toEqual([6, 6]);
  });
});
