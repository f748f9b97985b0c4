import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DRIVERS, type TestDb } from './harness';

describe.each(DRIVERS)('migrations on %s', (driver) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(driver);
  });
  afterAll(() => db.close());

  it('leave no difference between the entities and the database schema', async () => {
    const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('are all applied and recorded', async () => {
    const executed = await db.orm.getMigrator().getExecutedMigrations();
    const pending = await db.orm.getMigrator().getPendingMigrations();
    expect(executed.length).toBeGreaterThan(0);
    expect(pending).toEqual([]);
  });

  it('enforce foreign keys (a detail row cannot point at a missing project)', async () => {
    const conn = db.orm.em.getConnection();
    await expect(
      conn.execute(
        `insert into cost_item (created_at, updated_at, version, project_id, kind, basis, amount) values ('2024-01-01', '2024-01-01', 1, 999999, 'TOTAL_COSTS', 'REALISED', 1)`,
      ),
    ).rejects.toThrow(/foreign key/i);
  });

  it.runIf(driver === 'postgresql')(
    'connect without parallel workers or JIT (many small reads side by side: db/orm.ts)',
    async () => {
      const [row] = await db.orm.em
        .getConnection()
        .execute(
          "select current_setting('jit') as jit, current_setting('max_parallel_workers_per_gather') as workers",
        );
      expect(row).toEqual({ jit: 'off', workers: '0' });
    },
  );
});
