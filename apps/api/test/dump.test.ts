import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dump, exportDump, importDump } from '../src/db/dump';
import { seedDataset } from '../src/db/seed/seeder';
import {
  createTestApi,
  createTestDb,
  DRIVERS,
  dataOf,
  EDITOR_KEY,
  type TestApi,
  type TestDb,
} from './harness';

/** A database with more than the seed: an edited project, an imported document and its draft, audit entries. */
async function populated(api: TestApi): Promise<void> {
  const project = dataOf(
    await api.gql<{ projects: { edges: { node: { id: string; version: number } }[] } }>(
      '{ projects(first: 1) { edges { node { id version } } } }',
    ),
  ).projects.edges[0]?.node as { id: string; version: number };
  dataOf(
    await api.gql(
      'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
      {
        input: {
          id: project.id,
          version: project.version,
          aims: 'Tavoite: äöå ÄÖÅ – “lainaus” 👨‍👩‍👧 \\ % _',
        },
      },
      EDITOR_KEY,
    ),
  );
  const text = readFileSync(
    new URL('../../../packages/ingest/test/documents/05-innokyla-lahti-prose.txt', import.meta.url),
    'utf8',
  );
  dataOf(
    await api.gql(
      'mutation($input: ImportDocumentInput!) { importDocument(input: $input) { created } }',
      { input: { text } },
      EDITOR_KEY,
    ),
  );
}

const rowCount = (d: Dump) => Object.values(d.tables).reduce((n, t) => n + t.length, 0);

describe('export and import-dump', () => {
  const dbs: TestDb[] = [];
  let source: TestApi;
  let original: Dump;
  beforeAll(async () => {
    source = await createTestApi(DRIVERS[0] ?? 'sqlite');
    await populated(source);
    original = await exportDump(source.orm);
  });
  afterAll(async () => {
    await source.close();
    for (const db of dbs) await db.close();
  });

  it('dumps every table, with the schema version', () => {
    expect(original.format).toBe('vertailu-dump');
    expect(original.migrations.length).toBeGreaterThanOrEqual(4);
    for (const table of [
      'project',
      'practice',
      'citation',
      'source',
      'funding_line',
      'imported_document',
      'draft',
      'audit_entry',
      'indicator_value',
    ])
      expect(original.tables[table]?.length, table).toBeGreaterThan(0);
    expect(rowCount(original)).toBeGreaterThan(500);
    expect(JSON.stringify(original.tables.project)).toContain('Tavoite: äöå ÄÖÅ – “lainaus” 👨‍👩‍👧 \\\\ % _');
  });

  it.each(DRIVERS)('round-trips losslessly through %s (and back again)', async (driver) => {
    const target = await createTestDb(driver);
    dbs.push(target);
    const result = await importDump(target.orm, original);
    expect(result.rows).toBe(rowCount(original));
    const again = await exportDump(target.orm);
    expect(again.tables).toEqual(original.tables);
    // And from there into the other kind of database.
    const other = await createTestDb(
      driver === 'sqlite' ? (DRIVERS.find((d) => d !== 'sqlite') ?? 'sqlite') : 'sqlite',
    );
    dbs.push(other);
    await importDump(other.orm, again);
    expect((await exportDump(other.orm)).tables).toEqual(original.tables);
  });

  it('refuses a non-empty database, a foreign file and another schema version, changing nothing', async () => {
    const target = await createTestDb(DRIVERS[0] ?? 'sqlite');
    dbs.push(target);
    await seedDataset(target.orm);
    const before = await exportDump(target.orm);
    await expect(importDump(target.orm, original)).rejects.toThrow(/not empty/);
    await expect(importDump(target.orm, { ...original, format: 'x' } as unknown as Dump)).rejects.toThrow(
      /not a Vertailu dump/,
    );
    await expect(importDump(target.orm, { ...original, migrations: ['Migration1_other'] })).rejects.toThrow(
      /migrate both/,
    );
    expect((await exportDump(target.orm)).tables).toEqual(before.tables);
    // --replace swaps the contents in one go.
    await importDump(target.orm, original, { replace: true });
    expect((await exportDump(target.orm)).tables).toEqual(original.tables);
  });

  it('a failure in the middle of an import rolls everything back', async () => {
    const target = await createTestDb(DRIVERS[0] ?? 'sqlite');
    dbs.push(target);
    const broken: Dump = {
      ...original,
      tables: { ...original.tables, audit_entry: [{ no_such_column: 1 }] },
    };
    await expect(importDump(target.orm, broken)).rejects.toThrow(/no column/);
    const after = await exportDump(target.orm);
    expect(rowCount(after)).toBe(0);
  });
});
