import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

interface Catalogue {
  totalCount: number;
  projectCount: number;
  practiceCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { node: { __typename: string; name: string; period: { start: string | null } | null } }[];
}

const CATALOGUE = `query($first: Int, $offset: Int, $after: String, $filter: CatalogueFilter, $order: CatalogueOrder) {
  catalogue(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $order) {
    totalCount projectCount practiceCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { __typename ... on Project { name period { start } } ... on Practice { name period { start } } } }
  } }`;

/** The real data set's projects and practices by name: one order across both kinds. */
const BY_NAME = [
  ['Practice', '2-vuotistapaaminen neuvolan ja varhaiskasvatuksen yhteistyönä perheen kodissa'],
  ['Practice', 'Akaan kaupungin lapsiperhetyön toimintamalli'],
  ['Practice', 'Kaupungin, seurakunnan ja järjestötoimijoiden yhteistoiminta (verkostotyö)'],
  ['Practice', 'Koulunuorisotyö'],
  ['Practice', 'Lapsiperhetyön koordinaation kehittäminen'],
  ['Practice', 'Monialaisen asiantuntijatiimitoiminnan kehittäminen'],
  [
    'Project',
    'Onnistunut työ tekee hyvää: Akaan kaupungin lasten ja perheiden palvelujen henkilöstön työhyvinvoinnin kehittämishanke',
  ],
  ['Practice', 'Perheesi parhaaksi -toimintamalli'],
  ['Project', 'Perheille parasta – työniloa työntekijöille'],
  // The same name twice: the project before the practice, always.
  ['Project', 'Puheeksiottava kunta - hyvinvoivat perheet'],
  ['Practice', 'Puheeksiottava kunta - hyvinvoivat perheet'],
];

describe.each(DRIVERS)('the catalogue: projects and practices in one order on %s', (driver) => {
  let api: TestApi;
  const sql: string[] = [];
  beforeAll(async () => {
    api = await createTestApi(driver, { onQuery: (s) => sql.push(s) });
  });
  afterAll(() => api.close());

  const catalogue = async (variables: Record<string, unknown>) =>
    dataOf(await api.gql<{ catalogue: Catalogue }>(CATALOGUE, variables)).catalogue;
  const named = (c: Catalogue) => c.edges.map((e) => [e.node.__typename, e.node.name]);

  it('pages one list across both kinds by offset: page 2 continues page 1 exactly, one total', async () => {
    const pages = await Promise.all([0, 4, 8].map((offset) => catalogue({ first: 4, offset })));
    expect(pages.flatMap(named)).toEqual(BY_NAME);
    expect(pages.map((p) => [p.totalCount, p.projectCount, p.practiceCount])).toEqual([
      [11, 3, 8],
      [11, 3, 8],
      [11, 3, 8],
    ]);
    expect(pages.map((p) => [p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    // The cursor the API returns opens the same page as the offset.
    const after = await catalogue({ first: 4, after: pages[0]?.pageInfo.endCursor });
    expect(named(after)).toEqual(named(pages[1] as Catalogue));
    // Descending by name is the same list the other way round (the kinds' tie-break stays).
    const desc = await catalogue({ first: 3, offset: 0, order: { field: 'NAME', direction: 'DESC' } });
    expect(named(desc)).toEqual([BY_NAME[9], BY_NAME[10], BY_NAME[8]]);
  });

  it('orders by start across both kinds, unknown starts last', async () => {
    const all = await catalogue({ first: 20, order: { field: 'START', direction: 'ASC' } });
    const starts = all.edges.map((e) => e.node.period?.start ?? null);
    const known = starts.filter((s): s is string => s !== null);
    expect(known).toEqual([...known].sort());
    expect(starts.slice(known.length).every((s) => s === null)).toBe(true);
    expect(new Set(all.edges.slice(0, known.length).map((e) => e.node.__typename))).toEqual(
      new Set(['Project', 'Practice']),
    );
  });

  it('filters by municipalities (an empty list: none), kinds and search, and counts each kind', async () => {
    const tornio = await catalogue({ first: 20, filter: { municipalities: ['851'] } });
    const lists = dataOf(
      await api.gql<{ projects: { totalCount: number }; practices: { totalCount: number } }>(
        '{ projects(filter: { municipalities: ["851"] }) { totalCount } practices(filter: { municipalities: ["851"] }) { totalCount } }',
      ),
    );
    expect([tornio.totalCount, tornio.projectCount, tornio.practiceCount]).toEqual([6, 1, 5]);
    expect([tornio.projectCount, tornio.practiceCount]).toEqual([
      lists.projects.totalCount,
      lists.practices.totalCount,
    ]);
    const none = await catalogue({ filter: { municipalities: [] } });
    expect([none.totalCount, none.edges.length]).toEqual([0, 0]);
    const practices = await catalogue({ first: 20, filter: { kinds: ['PRACTICE'] } });
    expect(named(practices)).toEqual(BY_NAME.filter(([kind]) => kind === 'Practice'));
    expect([practices.projectCount, practices.practiceCount]).toEqual([0, 8]);
    const found = await catalogue({ filter: { search: 'TYÖNILOA' } });
    expect(found.totalCount).toBe(2);
    expect(found.edges.map((e) => e.node.__typename).sort()).toEqual(['Practice', 'Project']);
  });

  it("counts a search's matches of each kind over all pages, in the keys' own pass", async () => {
    // "työ" (work): 3 projects and 7 practices of the five documents.
    sql.length = 0;
    const all = await catalogue({ first: 20, filter: { search: 'työ' } });
    expect([all.totalCount, all.projectCount, all.practiceCount]).toEqual([10, 3, 7]);
    // The keys and both counts in one statement, each record's text read once; then the records by id.
    const keys = sql.filter((s) => /union all/.test(s));
    expect(keys).toHaveLength(1);
    expect(keys[0]?.match(/search_text like/g)).toHaveLength(2);
    expect(sql.filter((s) => /count\(\*\)/.test(s) && !/over \(\)/.test(s))).toEqual([]);
    const pages = await Promise.all(
      [0, 3, 6, 9].map((offset) => catalogue({ first: 3, offset, filter: { search: 'työ' } })),
    );
    expect(pages.flatMap(named)).toEqual(named(all));
    for (const p of pages) expect([p.totalCount, p.projectCount, p.practiceCount]).toEqual([10, 3, 7]);
    // Past the end the counts are asked alone; one kind only counts that kind.
    const past = await catalogue({ first: 3, offset: 30, filter: { search: 'työ' } });
    expect([past.totalCount, past.projectCount, past.practiceCount, past.edges.length]).toEqual([
      10, 3, 7, 0,
    ]);
    const projects = await catalogue({ first: 2, filter: { search: 'työ', kinds: ['PROJECT'] } });
    expect([projects.totalCount, projects.projectCount, projects.practiceCount]).toEqual([3, 3, 0]);
    const nothing = await catalogue({ first: 2, filter: { search: 'ei-löydy-mitään' } });
    expect([nothing.totalCount, nothing.projectCount, nothing.practiceCount]).toEqual([0, 0, 0]);
  });

  it('validates the page: offset bounded like first, not with after', async () => {
    const problems = async (variables: Record<string, unknown>) =>
      (await api.gql(CATALOGUE, variables)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await problems({ offset: -1 })).toEqual([['BAD_USER_INPUT', 'offset']]);
    expect(await problems({ offset: 1_000_001 })).toEqual([['BAD_USER_INPUT', 'offset']]);
    const first = await catalogue({ first: 1 });
    expect(await problems({ offset: 1, after: first.pageInfo.endCursor })).toEqual([
      ['BAD_USER_INPUT', 'offset'],
    ]);
    expect(await problems({ filter: { municipalities: ['85'] } })).toEqual([
      ['BAD_USER_INPUT', 'filter.municipalities[0]'],
    ]);
    // Past the end: an empty page with the total, not an error.
    const past = await catalogue({ first: 5, offset: 50 });
    expect([past.totalCount, past.edges.length, past.pageInfo.hasPreviousPage]).toEqual([11, 0, true]);
  });
});
