import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../src/db/seed/seeder';
import { IndicatorValue } from '../src/modules/indicator/indicator-value.entity';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi, VIEWER_KEY } from './harness';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../packages/indicators/fixtures/sotkanet/${name}`, import.meta.url), 'utf8');
const IMPORT = `mutation($f: SotkanetFormat!, $c: String!, $r: String) {
  importSotkanet(format: $f, content: $c, regions: $r) { rows inserted updated unchanged skippedRegions skippedIndicators skippedMunicipalities }
}`;

describe.each(DRIVERS)('Sotkanet import on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(driver);
  });
  afterAll(() => api.close());

  const population = async (code: string) => {
    const em = api.orm.em.fork();
    const rows = await em.find(
      IndicatorValue,
      { indicator: 'POPULATION', municipality: code },
      { orderBy: { year: 'asc' } },
    );
    return rows.map((r) => ({ year: r.year, value: r.value, provenance: r.provenance }));
  };
  const countValues = () => api.orm.em.fork().count(IndicatorValue, {});

  it('needs an editor key', async () => {
    const result = await api.gql(IMPORT, { f: 'JSON', c: fixture('population-valid.json') }, VIEWER_KEY);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects malformed files with the line and the reason, writing nothing', async () => {
    const before = await countValues();
    const json = await api.gql(
      IMPORT,
      { f: 'JSON', c: fixture('malformed.json'), r: fixture('regions.json') },
      EDITOR_KEY,
    );
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 2 });
    expect(json.errors?.[0]?.message).toContain('line 2: year "viime vuonna" is not a year');
    const csv = await api.gql(IMPORT, { f: 'CSV', c: fixture('malformed.csv') }, EDITOR_KEY);
    expect(csv.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 3 });
    expect(await countValues()).toBe(before);
    expect((await population('851')).every((p) => p.provenance === 'CONTEXT')).toBe(true);
  });

  it('imports JSON rows through the regions list; the official figure takes over from the collected one', async () => {
    const result = dataOf(
      await api.gql<{ importSotkanet: Record<string, unknown> }>(
        IMPORT,
        { f: 'JSON', c: fixture('population-valid.json') },
        EDITOR_KEY,
      ),
    );
    expect(result.importSotkanet).toEqual({
      rows: 5,
      inserted: 0,
      updated: 4,
      unchanged: 0,
      skippedRegions: 1,
      skippedIndicators: [],
      skippedMunicipalities: [],
    });
    expect((await population('851')).find((p) => p.year === 2017)).toEqual({
      year: 2017,
      value: 21928,
      provenance: 'IMPORTED',
    });
  });

  it('is idempotent: a re-import changes nothing and duplicates nothing', async () => {
    const before = await countValues();
    const again = dataOf(
      await api.gql<{ importSotkanet: Record<string, unknown> }>(
        IMPORT,
        { f: 'JSON', c: fixture('population-valid.json') },
        EDITOR_KEY,
      ),
    );
    expect(again.importSotkanet).toMatchObject({ inserted: 0, updated: 0, unchanged: 4 });
    expect(await countValues()).toBe(before);
  });

  it('imports a partial file: missing values stay missing, unknown indicators are reported', async () => {
    const result = dataOf(
      await api.gql<{ importSotkanet: Record<string, unknown> }>(
        IMPORT,
        { f: 'JSON', c: fixture('population-partial.json'), r: fixture('regions.json') },
        EDITOR_KEY,
      ),
    );
    expect(result.importSotkanet).toMatchObject({
      rows: 3,
      inserted: 1,
      updated: 1,
      skippedIndicators: [9999],
    });
    expect((await population('211')).find((p) => p.year === 2018)).toEqual({
      year: 2018,
      value: null,
      provenance: 'IMPORTED',
    });
  });

  it('imports the semicolon CSV export, valid and partial', async () => {
    const valid = dataOf(
      await api.gql<{ importSotkanet: Record<string, unknown> }>(
        IMPORT,
        { f: 'CSV', c: fixture('population-valid.csv') },
        EDITOR_KEY,
      ),
    );
    expect(valid.importSotkanet).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    const partial = dataOf(
      await api.gql<{ importSotkanet: Record<string, unknown> }>(
        IMPORT,
        { f: 'CSV', c: fixture('population-partial.csv') },
        EDITOR_KEY,
      ),
    );
    expect(partial.importSotkanet).toMatchObject({ rows: 2, inserted: 1, updated: 1 });
    expect(await population('186')).toEqual([
      { year: 2020, value: 44455, provenance: 'CONTEXT' }, // the national register's
      { year: 2022, value: null, provenance: 'IMPORTED' },
      { year: 2023, value: 46490, provenance: 'IMPORTED' },
    ]);
  });

  it('keeps imported values when the data set is loaded again', async () => {
    await seedDataset(api.orm, { force: true });
    expect((await population('851')).find((p) => p.year === 2017)?.provenance).toBe('IMPORTED');
    expect((await population('851')).find((p) => p.year === 2015)?.provenance).toBe('CONTEXT');
  });
});
