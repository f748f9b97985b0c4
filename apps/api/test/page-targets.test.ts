import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/core/record-id';
import { seedDataset } from '../src/db/seed/seeder';
import { itemExists } from '../src/modules/catalogue/catalogue.service';
import { municipalityExists } from '../src/modules/municipality/municipality.service';
import { pageTargetExists } from '../src/server';
import { createTestDb, DRIVERS, type TestDb } from './harness';

/**
 * The dashboard's 404 check: the read use cases `municipalityExists` and `itemExists` (one `select 1 …
 * limit 1` each), and server.ts's `pageTargetExists`, which decodes the page's path and asks them.
 */
describe.each(DRIVERS)('the dashboard pages’ targets on %s', (driver) => {
  let db: TestDb;
  const statements: string[] = [];
  const em = () => db.orm.em.fork() as EntityManager;
  let project: number;
  let practice: number;

  beforeAll(async () => {
    db = await createTestDb(driver, { onQuery: (sql) => statements.push(sql) });
    await seedDataset(db.orm);
    const knex = em().getKnex();
    project = Number((await knex('project').min({ id: 'id' }).first())?.id);
    practice = Number((await knex('practice').min({ id: 'id' }).first())?.id);
  });
  afterAll(() => db.close());

  /** The answer and the statements it took. */
  const measured = async (check: () => Promise<boolean>) => {
    statements.length = 0;
    const found = await check();
    // Identifiers unquoted, so both dialects' statements read alike.
    return { found, statements: statements.map((sql) => sql.replace(/["`]/g, '')) };
  };

  it('a municipality exists when the register has its code; a malformed code is not asked', async () => {
    const akaa = await measured(() => municipalityExists(em(), '020'));
    expect(akaa.found).toBe(true);
    expect(akaa.statements).toHaveLength(1);
    expect(akaa.statements[0]).toMatch(/^select 1 as found from municipality where code = .* limit/);
    expect((await measured(() => municipalityExists(em(), '999'))).found).toBe(false);
    for (const code of ['20', '0200', 'abc', '', "020' or '1'='1"])
      expect(await measured(() => municipalityExists(em(), code))).toEqual({ found: false, statements: [] });
  });

  it('an item is a project or a practice by database id; other types and impossible ids are none', async () => {
    expect(project).toBeGreaterThan(0);
    expect(practice).toBeGreaterThan(0);
    const found = await measured(() => itemExists(em(), 'Project', project));
    expect(found.found).toBe(true);
    expect(found.statements).toHaveLength(1);
    expect(found.statements[0]).toMatch(/^select 1 as found from project where id = .* limit/);
    expect(await itemExists(em(), 'Practice', practice)).toBe(true);
    expect(await itemExists(em(), 'Project', 999_999)).toBe(false);
    expect(await itemExists(em(), 'Practice', 999_999)).toBe(false);
    for (const [type, id] of [
      ['Organisation', 1],
      ['Outcome', 1],
      ['constructor', 1],
      ['Project', 0],
      ['Project', -1],
      ['Project', 1.5],
      ['Project', Number.NaN],
    ] as const)
      expect(await measured(() => itemExists(em(), type, id)), `${type} ${id}`).toEqual({
        found: false,
        statements: [],
      });
  });

  it('a page’s path is decoded and the use cases asked; other pages need no target', async () => {
    const page = (pattern: string, params: Record<string, string>) =>
      pageTargetExists(db.orm, pattern, params);
    expect(await page('municipality/:code', { code: '020' })).toBe(true);
    expect(await page('municipality/:code', { code: '999' })).toBe(false);
    expect(await page('municipality/:code', {})).toBe(false);
    expect(await page('item/:id', { id: toGlobalId('Project', project) })).toBe(true);
    expect(await page('item/:id', { id: toGlobalId('Practice', practice) })).toBe(true);
    expect(await page('item/:id', { id: toGlobalId('Practice', 999_999) })).toBe(false);
    expect(await page('item/:id', { id: toGlobalId('Municipality', '020') })).toBe(false);
    expect(await page('item/:id', { id: toGlobalId('Project', 'x') })).toBe(false);
    expect(await page('item/:id', { id: 'not-a-global-id' })).toBe(false);
    expect(await page('item/:id', {})).toBe(false);
    expect(await page('costs', {})).toBe(true);
    expect(await page('review/:id', { id: 'anything' })).toBe(true);
  });
});
