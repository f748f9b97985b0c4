import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

describe.each(DRIVERS)('lists, filters and pagination on %s', (driver) => {
  let api: TestApi;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (s) => sql.push(s) });
  });
  afterAll(() => api.close());

  const projects = async (filter: Record<string, unknown>) =>
    dataOf(
      await api.gql<{ projects: Page<{ name: string }> }>(
        'query($f: ProjectFilter) { projects(filter: $f, first: 50) { totalCount edges { node { name } } } }',
        { f: filter },
      ),
    ).projects.edges.map((e) => e.node.name);

  const practiceNames = async (filter: Record<string, unknown>) =>
    dataOf(
      await api.gql<{ practices: Page<{ name: string }> }>(
        'query($f: PracticeFilter) { practices(filter: $f, first: 50) { edges { node { name } } } }',
        { f: filter },
      ),
    ).practices.edges.map((e) => e.node.name);

  it('filters projects by year-range overlap', async () => {
    expect(await projects({ years: { from: 2016, to: 2016 } })).toEqual([
      'Onnistunut työ tekee hyvää: Akaan kaupungin lasten ja perheiden palvelujen henkilöstön työhyvinvoinnin kehittämishanke',
      'Perheille parasta – työniloa työntekijöille',
    ]);
    expect(await projects({ years: { from: 2017, to: 2030 } })).toEqual([
      'Perheille parasta – työniloa työntekijöille',
    ]);
    expect(await projects({ years: { from: 2010, to: 2013 } })).toEqual([]);
  });

  it('filters projects by funder, status and municipality', async () => {
    const orgs = dataOf(
      await api.gql<{ organisations: Page<{ id: string; abbreviation: string | null }> }>(
        '{ organisations(first: 100) { edges { node { id abbreviation } } } }',
      ),
    );
    const tsr = orgs.organisations.edges.find((e) => e.node.abbreviation === 'TSR')?.node.id;
    expect(await projects({ funders: [tsr] })).toHaveLength(1);
    expect((await projects({ funders: [tsr] }))[0]).toMatch(/^Onnistunut työ/);
    expect(await projects({ statuses: ['ONGOING'] })).toEqual(['Puheeksiottava kunta - hyvinvoivat perheet']);
    expect(await projects({ municipalities: ['851', '020'] })).toHaveLength(2);
  });

  it('lists the wellbeing services counties and filters municipalities by one', async () => {
    const counties = dataOf(
      await api.gql<{ wellbeingServicesCounties: string[] }>('{ wellbeingServicesCounties }'),
    );
    expect(counties.wellbeingServicesCounties).toHaveLength(21);
    expect(counties.wellbeingServicesCounties.slice(0, 3)).toEqual([
      'Etelä-Karjalan hyvinvointialue',
      'Etelä-Pohjanmaan hyvinvointialue',
      'Etelä-Savon hyvinvointialue',
    ]);
    const names = async (county: string) =>
      dataOf(
        await api.gql<{ municipalities: { totalCount: number; edges: { node: { nameFi: string } }[] } }>(
          'query($c: String) { municipalities(wellbeingServicesCounty: $c) { totalCount edges { node { nameFi } } } }',
          { c: county },
        ),
      ).municipalities;
    const pirkanmaa = await names('Pirkanmaan hyvinvointialue');
    expect(pirkanmaa.totalCount).toBe(23);
    expect(pirkanmaa.edges.slice(0, 2)).toEqual([
      { node: { nameFi: 'Akaa' } },
      { node: { nameFi: 'Hämeenkyrö' } },
    ]);
    expect((await names('Ei tällaista hyvinvointialuetta')).totalCount).toBe(0);
  });

  it('searches case-insensitively across ä/ö/å and without the dots', async () => {
    for (const term of ['perheesi', 'PERHEESI PARHAAKSI', 'Perheesi parhaaksi']) {
      expect(await practiceNames({ search: term })).toEqual(['Perheesi parhaaksi -toimintamalli']);
    }
    const withDots = await practiceNames({ search: 'järvenpääläisten' });
    expect(withDots).toContain('Puheeksiottava kunta - hyvinvoivat perheet');
    expect(await practiceNames({ search: 'JARVENPAALAISTEN' })).toEqual(withDots);
    expect(await practiceNames({ search: '100%_' })).toEqual([]);
  });

  it('filters practices by phase and sector', async () => {
    expect(await practiceNames({ phases: ['IN_DEVELOPMENT'] })).toEqual([
      'Puheeksiottava kunta - hyvinvoivat perheet',
    ]);
    expect(await practiceNames({ sectors: ['ORAL_HEALTH_CARE'] })).toEqual([
      'Perheesi parhaaksi -toimintamalli',
    ]);
  });

  it('filters outcomes by municipality, domain, direction and evidence', async () => {
    const data = dataOf(
      await api.gql<{ outcomes: Page<{ value: number | null; direction: string }> }>(
        '{ outcomes(filter: { municipalities: ["020"], domains: ["LEADERSHIP"], directions: [WORSENED] }) { totalCount edges { node { value direction } } } }',
      ),
    );
    expect(data.outcomes.totalCount).toBe(1);
    const strong = dataOf(
      await api.gql<{ outcomes: Page<{ evidenceType: string }> }>(
        '{ outcomes(filter: { minEvidence: STATISTICS }, first: 100) { edges { node { evidenceType } } } }',
      ),
    );
    expect(strong.outcomes.edges.length).toBeGreaterThan(0);
    for (const e of strong.outcomes.edges)
      expect(['STATISTICS', 'COMPARISON_GROUP']).toContain(e.node.evidenceType);
  });

  it('pages with cursors and sorts', async () => {
    const first = dataOf(
      await api.gql<{ practices: Page<{ name: string }> }>(
        '{ practices(first: 2, orderBy: { field: NAME, direction: DESC }) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } } }',
      ),
    ).practices;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = dataOf(
      await api.gql<{ practices: Page<{ name: string }> }>(
        'query($a: String) { practices(first: 100, after: $a, orderBy: { field: NAME, direction: DESC }) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }',
        { a: first.pageInfo.endCursor },
      ),
    ).practices;
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const names = [...first.edges, ...rest.edges].map((e) => e.node.name);
    expect(names).toHaveLength(first.totalCount);
    expect(new Set(names).size).toBe(names.length);
  });

  it("counts a search's matches over all pages, reading each record's text once per page", async () => {
    // "työ" (work) in projects, practices, outcomes and organisations of the five documents.
    const lists = [
      { list: 'projects', args: 'filter: { search: $s }', node: 'name', total: 3 },
      { list: 'practices', args: 'filter: { search: $s }', node: 'name', total: 7 },
      { list: 'outcomes', args: 'filter: { search: $s }', node: 'summaryEn', total: 18 },
      { list: 'organisations', args: 'search: $s', node: 'nameFi', total: 1 },
    ];
    for (const { list, args, node, total } of lists) {
      const page = async (first: number, after: string | null) => {
        sql.length = 0;
        const data = dataOf(
          await api.gql<Record<string, Page<Record<string, string>>>>(
            `query($s: String, $a: String) { ${list}(${args}, first: ${first}, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${node} } } } }`,
            { s: 'työ', a: after },
          ),
        )[list] as Page<Record<string, string>>;
        return { ...data, statements: sql.filter((s) => !/data_version/.test(s)) };
      };
      const all = await page(50, null);
      expect(all.totalCount, list).toBe(total);
      expect(all.edges, list).toHaveLength(total);
      // One statement: the page and its count in one pass over the matching rows.
      expect(all.statements, list).toHaveLength(1);
      expect(all.statements[0]?.match(/search_text like/g), list).toHaveLength(1);
      expect(all.statements[0], list).toMatch(/count\(\*\) over \(\)/);
      // Page by page, two at a time: every page carries the count over all pages, in the same order.
      const names: string[] = [];
      let after: string | null = null;
      do {
        const next = await page(2, after);
        expect(next.totalCount, list).toBe(total);
        names.push(...next.edges.map((e) => e.node[node] as string));
        after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
        // Past the last row (no row to carry the count): asked for alone, still the same count.
        if (!after) expect((await page(2, next.pageInfo.endCursor)).totalCount, list).toBe(total);
      } while (after);
      expect(names, list).toEqual(all.edges.map((e) => e.node[node]));
    }
    // Without a search, the count stays a sub-select (an unfiltered page need not keep every row).
    sql.length = 0;
    dataOf(await api.gql('{ projects(first: 2) { totalCount } }'));
    expect(sql.filter((s) => /from [`"]project[`"]/.test(s)).join()).not.toMatch(/over \(\)/);
  });

  it('rejects bad list arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      ['{ projects(first: 0) { totalCount } }', 'first'],
      ['{ projects(first: 1000) { totalCount } }', 'first'],
      ['{ projects(after: "nope") { totalCount } }', 'after'],
      ['{ projects(filter: { years: { from: 2020, to: 2010 } }) { totalCount } }', 'filter.years.from'],
      ['{ projects(filter: { municipalities: ["Tornio"] }) { totalCount } }', 'filter.municipalities[0]'],
      ['{ practices(filter: { parentProject: "eA" }) { totalCount } }', 'filter.parentProject'],
    ];
    for (const [query, field] of cases) {
      const result = await api.gql(query);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
