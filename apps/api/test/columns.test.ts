import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

/**
 * Reads narrowed to the columns the asked fields need (db/plain.ts `columnsFor`, from the selection:
 * graphql/selection.ts): the same answers, fewer columns; a field whose reads are not known reads all.
 */
describe.each(DRIVERS)('columns by the fields asked on %s', (driver) => {
  let api: TestApi;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (s) => sql.push(s) });
  }, 120_000);
  afterAll(() => api?.close());

  /** The columns the context statement selects (quoted "…" on PostgreSQL, `…` on SQLite), sorted. */
  const contextColumns = () => {
    const select = sql.find((s) => /from ["`]indicator_value["`] as ["`]v["`]/.test(s) && /category/.test(s));
    if (!select) throw new Error(`no context statement among ${sql.length}`);
    return [...select.slice(0, select.indexOf(' from ')).matchAll(/["`]v["`]\.["`](\w+)["`]/g)]
      .map((m) => m[1])
      .sort();
  };
  type Context = {
    year: number | null;
    value: number | null;
    indicator: { code: string };
    provenance?: string;
  };
  const profile = async (fields: string) => {
    sql.length = 0;
    return dataOf(
      await api.gql<{ municipalityProfile: { context: Context[]; projects: { name: string }[] } }>(
        `{ municipalityProfile(code: "851") { projects { id name } context { ${fields} } } }`,
      ),
    ).municipalityProfile;
  };

  it('reads a profile’s context values in the columns asked, with the same answer', async () => {
    const narrow = await profile('year value indicator { code }');
    expect(contextColumns()).toEqual(['id', 'indicator_code', 'value', 'year']);
    const wide = await profile('year value indicator { code } provenance');
    expect(contextColumns()).toEqual(['id', 'indicator_code', 'provenance', 'value', 'year']);
    expect(narrow.context).toHaveLength(7);
    expect(narrow.context).toEqual(wide.context.map(({ provenance: _p, ...rest }) => rest));
    expect(wide.context.every((c) => c.provenance === 'CONTEXT')).toBe(true);
    // Tornio's population in 2020, as the context table gives it.
    expect(narrow.context.find((c) => c.indicator.code === 'POPULATION' && c.year === 2020)?.value).toBe(
      21_467,
    );
  });

  it('reads every column when a field’s reads are not known (citations: a resolver of its own)', async () => {
    await profile('year citations { quote }');
    expect(contextColumns()).toEqual(
      expect.arrayContaining([
        'explanation',
        'gender',
        'provenance',
        'series',
        'source_note',
        'value',
        'year',
      ]),
    );
  });
  /** The columns the practices list's page statement selects, sorted (its count sub-select left out). */
  const practiceColumns = () => {
    const select = sql.find((s) => /from ["`]practice["`] as ["`]pr["`]/.test(s) && /total_count/.test(s));
    if (!select) throw new Error(`no practices statement among ${sql.length}`);
    return [...select.slice(0, select.indexOf('(select count')).matchAll(/["`]pr["`]\.["`](\w+)["`]/g)]
      .map((m) => m[1])
      .sort();
  };
  const practices = async (fields: string) => {
    sql.length = 0;
    return dataOf(
      await api.gql<{ practices: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
        `{ practices(first: 3, filter: { search: "neuvola" }) { totalCount edges { node { id ...F } } } }
         fragment F on Practice { ${fields} }`,
      ),
    ).practices;
  };

  it('reads a list’s page in the columns its nodes ask (fragments too), with the same answer', async () => {
    const narrow = await practices('name phase municipality { nameFi }');
    expect(practiceColumns()).toEqual(['id', 'municipality_code', 'name', 'phase']);
    const wide = await practices('name phase municipality { nameFi } solution');
    expect(practiceColumns()).toEqual(['id', 'municipality_code', 'name', 'phase', 'solution']);
    expect(narrow.totalCount).toBe(wide.totalCount);
    expect(narrow.edges.map((e) => e.node)).toEqual(
      wide.edges.map(({ node: { solution: _s, ...rest } }) => rest),
    );
    expect(narrow.totalCount).toBeGreaterThan(0);
    // A node field with a resolver of its own whose reads are not declared: every column.
    await practices('name dates { kind }');
    expect(practiceColumns()).toEqual(expect.arrayContaining(['needs_and_goals', 'results', 'solution']));
  });
});
