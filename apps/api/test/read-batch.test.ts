import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSql, whereAny } from '../src/db/plain';
import { batchReadsOf, readRows } from '../src/db/read-batch';
import { createTestApi, DRIVERS, type TestApi } from './harness';

/** A request's reads of one level as one statement on PostgreSQL (db/read-batch.ts), each settling alone. */
describe.skipIf(!DRIVERS.includes('postgresql'))('reads batched per level on postgresql', () => {
  let api: TestApi;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await createTestApi('postgresql', { onQuery: (s) => sql.push(s) });
  }, 120_000);
  afterAll(() => api?.close());

  const requestEm = () => {
    const em = api.orm.em.fork() as EntityManager;
    batchReadsOf(em);
    return em;
  };

  it('sends the reads of one turn as one statement, each answered with its own rows in its order', async () => {
    const em = requestEm();
    const knex = em.getKnex();
    sql.length = 0;
    const [municipalities, outcomes, none] = await Promise.all([
      readRows(
        em,
        knex('municipality')
          .select('code', 'name_fi')
          .whereIn('code', ['851', '020'])
          .orderBy('code', 'desc'),
      ),
      readRows(em, knex('outcome').count({ n: '*' })),
      readRows(em, knex('project').select('id').where('id', -1)),
    ]);
    expect(sql).toHaveLength(1);
    expect(municipalities).toEqual([
      { code: '851', name_fi: 'Tornio' },
      { code: '020', name_fi: 'Akaa' },
    ]);
    expect(Number(outcomes[0]?.n)).toBeGreaterThan(0);
    expect(none).toEqual([]);
    // A read alone in its turn goes as it is.
    sql.length = 0;
    await readRows(em, knex('municipality').select('code').where('code', '851'));
    expect(sql[0]).not.toMatch(/json_agg/);
  });

  it('fails only the read whose SQL is wrong; its siblings are answered', async () => {
    const em = requestEm();
    const knex = em.getKnex();
    const [good, bad] = await Promise.allSettled([
      readRows(em, knex('municipality').select('code').where('code', '851')),
      readRows(em, knex('no_such_table').select('x')),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: [{ code: '851' }] });
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
  });

  it('sends every read at once while its EntityManager is in a transaction', async () => {
    const em = requestEm();
    await em.begin();
    try {
      const knex = readSql(em);
      sql.length = 0;
      const rows = await Promise.all([
        readRows(em, knex('municipality').select('code').where('code', '851')),
        readRows(em, knex('municipality').select('code').where('code', '020')),
      ]);
      expect(rows).toEqual([[{ code: '851' }], [{ code: '020' }]]);
      expect(sql.filter((s) => /municipality/.test(s))).toHaveLength(2);
      expect(sql.some((s) => /json_agg/.test(s))).toBe(false);
    } finally {
      await em.rollback();
    }
  });
});

/** Key lists (db/plain.ts `whereAny`): one bound array on PostgreSQL, `in (…)` on SQLite, the same rows. */
describe.each(DRIVERS)('key lists on %s', (driver) => {
  let api: TestApi;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (s) => sql.push(s) });
  }, 120_000);
  afterAll(() => api?.close());

  it('finds the rows of any list, quotes and backslashes in it included, as one parameter on PostgreSQL', async () => {
    const em = api.orm.em.fork() as EntityManager;
    const read = (codes: (string | number)[]) =>
      whereAny(
        readSql(em)('municipality').select('code').orderBy('code'),
        'code',
        codes,
      ) as unknown as Promise<{ code: string }[]>;
    sql.length = 0;
    expect(await read(['851', 'x"y', 'a\\b', '020', "o'k", 'ei,pilkku}', 'ÄÖ'])).toEqual([
      { code: '020' },
      { code: '851' },
    ]);
    expect(await read([])).toEqual([]);
    const ids = (await whereAny(readSql(em)('project').select('id').orderBy('id'), 'id', [2, 1, 99999])) as {
      id: number;
    }[];
    expect(ids.map((r) => r.id)).toEqual([1, 2]);
    // PostgreSQL: the list is one parameter (the statement's text the same for any length); SQLite
    // binds one per item.
    const first = sql.find((s) => /from .municipality./.test(s)) ?? '';
    if (driver === 'postgresql') {
      expect(first).toMatch(/"code" = any\(\$1\)/);
      expect(first).not.toMatch(/\$2/);
    } else expect(first.match(/\?/g)).toHaveLength(7);
  });
});
