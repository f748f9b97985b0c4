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

  /**
   * The columns of `alias` the read from `table` under that alias selects, sorted: the `select` before its
   * `from`, in a statement of its own or a sub-select where PostgreSQL sends a level's reads as one
   * (db/read-batch.ts). `also`: a pattern the statement must match too.
   */
  const readColumns = (table: string, alias: string, also = /./) => {
    const from = new RegExp(`from ["\`]${table}["\`] as ["\`]${alias}["\`]`);
    const statement = sql.find((s) => from.test(s) && also.test(s));
    if (!statement) throw new Error(`no ${table} statement among ${sql.length}`);
    const end = statement.search(from);
    const select = statement.slice(statement.lastIndexOf('select ', end), end);
    return [...select.matchAll(new RegExp(`["\`]${alias}["\`]\\.["\`](\\w+)["\`]`, 'g'))]
      .map((m) => m[1])
      .sort();
  };
  /** The columns the context statement selects (quoted "…" on PostgreSQL, `…` on SQLite), sorted. */
  const contextColumns = () => readColumns('indicator_value', 'v', /category/);
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

  /** The columns the loaders' read of `table` (under their alias `e`) selects, sorted. */
  const childColumns = (table: string) => readColumns(table, 'e');
  type ProjectNode = {
    name: string;
    fundings: Record<string, unknown>[];
    practices: Record<string, unknown>[];
  };
  const projects = async (funding: string, practice: string) => {
    sql.length = 0;
    return dataOf(
      await api.gql<{ projects: { edges: { node: ProjectNode }[] } }>(
        `{ projects(first: 50) { edges { node { name fundings { ${funding} } practices { ${practice} } } } } }`,
      ),
    ).projects.edges.map((e) => e.node);
  };

  it('reads a page’s children in the columns their fields ask, with the same answer', async () => {
    const narrow = await projects('kind amount funder { nameFi }', 'name phase');
    expect(childColumns('funding_line')).toEqual(['amount', 'funder_id', 'id', 'kind', 'project_id']);
    expect(childColumns('practice')).toEqual(['id', 'name', 'parent_project_id', 'phase']);
    // The page itself: its children's fields read nothing of the project row but its key.
    const page = sql.find((s) => /from ["`]project["`] as ["`]p["`]/.test(s) && /total_count/.test(s));
    expect(page).not.toMatch(/aims|focus_areas/);
    const wide = await projects('kind amount funder { nameFi } basis', 'name phase solution');
    expect(childColumns('funding_line')).toEqual([
      'amount',
      'basis',
      'funder_id',
      'id',
      'kind',
      'project_id',
    ]);
    expect(childColumns('practice')).toEqual(['id', 'name', 'parent_project_id', 'phase', 'solution']);
    expect(narrow).toEqual(
      wide.map((p) => ({
        ...p,
        fundings: p.fundings.map(({ basis: _b, ...rest }) => rest),
        practices: p.practices.map(({ solution: _s, ...rest }) => rest),
      })),
    );
    // Kangasala's project as the data set gives it: its ESR grant and its five practices.
    const kangasala = narrow.find((p) => p.name === 'Perheille parasta – työniloa työntekijöille');
    expect(kangasala?.fundings).toEqual([
      { kind: 'EXTERNAL_GRANT', amount: 115005, funder: { nameFi: 'Euroopan sosiaalirahasto' } },
    ]);
    expect(kangasala?.practices).toHaveLength(5);
    expect(kangasala?.practices[0]).toEqual({
      name: '2-vuotistapaaminen neuvolan ja varhaiskasvatuksen yhteistyönä perheen kodissa',
      phase: 'COMPLETED',
    });
    // A funding line whose amount the document does not give stays unknown, narrowed or not.
    expect(narrow.find((p) => p.name.startsWith('Puheeksiottava'))?.fundings[0]?.amount).toBeNull();
  });

  it('reads a profile’s practices once, in the columns its practices and phase counts ask', async () => {
    type Phases = { phase: string | null; count: number }[];
    const ask = async (fields: string) => {
      sql.length = 0;
      return dataOf(
        await api.gql<{
          municipalityProfile: { practices?: Record<string, unknown>[]; practicesByPhase: Phases };
        }>(`{ municipalityProfile(code: "851") { ${fields} } }`),
      ).municipalityProfile;
    };
    const counts = await ask('practicesByPhase { phase count }');
    expect(childColumns('practice')).toEqual(['id', 'phase']);
    const narrow = await ask('practices { name } practicesByPhase { phase count }');
    expect(childColumns('practice')).toEqual(['id', 'name', 'phase']);
    expect(sql.filter((s) => /from ["`]practice["`]/.test(s))).toHaveLength(1);
    const wide = await ask('practices { name solution } practicesByPhase { phase count }');
    expect(childColumns('practice')).toEqual(expect.arrayContaining(['name', 'phase', 'solution']));
    expect(narrow.practices).toEqual(wide.practices?.map(({ solution: _s, ...rest }) => rest));
    expect(counts.practicesByPhase).toEqual(wide.practicesByPhase);
    // Tornio's five practices, as PRACTICE_COUNT gives them.
    expect(narrow.practices).toHaveLength(5);
    expect(counts.practicesByPhase.reduce((n, p) => n + p.count, 0)).toBe(5);
  });
});
