import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type GqlResult, type TestApi } from './harness';

/** Strings an attacker or a broken client sends: SQL and LIKE metacharacters, odd Unicode, NUL, huge. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "'; drop table project; --",
    '" or 1=1 --',
    '%',
    '_',
    '\\',
    '\\%_',
    '\u0000',
    '\uFEFF\u200B\u202E',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    'null',
    'undefined',
    '𝕿𝖔𝖗𝖓𝖎𝖔 👨‍👩‍👧',
    'Järvenpää ÅÄÖ åäö',
    'a'.repeat(100_000),
  ),
);
/** Numbers near every edge GraphQL's Int and Float and our validators have. */
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(
    0,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e-300,
    0.001,
    12345.678,
  ),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** What a bad input may give: a typed client error. Never INTERNAL_SERVER_ERROR, never an untyped error. */
const CLIENT_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED'];
function expectNoServerError(result: GqlResult, what: string): void {
  for (const e of result.errors ?? [])
    expect(CLIENT_CODES, `${what}: ${e.message}`).toContain(e.extensions?.code);
}

const RUNS = { numRuns: 40 };

describe.each(DRIVERS)('property-based: garbage in filters and mutations on %s', (driver) => {
  let api: TestApi;
  let projectId: string;
  beforeAll(async () => {
    api = await createTestApi(driver);
    projectId = dataOf(
      await api.gql<{ projects: { edges: { node: { id: string } }[] } }>(
        '{ projects(first: 1) { edges { node { id } } } }',
      ),
    ).projects.edges[0]?.node.id as string;
  });
  afterAll(() => api.close());

  /** Row counts of every table a mutation touches: a refused mutation must leave them all as they were. */
  const snapshot = async () => {
    const tables = [
      'project',
      'practice',
      'funding_line',
      'cost_item',
      'outcome',
      'citation',
      'term_link',
      'project_municipality',
      'audit_entry',
      'imported_document',
      'draft',
      'indicator_value',
    ];
    const conn = api.orm.em.getConnection();
    const out: Record<string, number> = {};
    for (const t of tables)
      out[t] = Number(((await conn.execute(`select count(*) as n from ${t}`)) as { n: number }[])[0]?.n);
    return out;
  };

  it('refuses a NUL character anywhere with BAD_USER_INPUT naming where it was (PostgreSQL cannot store it)', async () => {
    const cases: [string, Record<string, unknown> | undefined, string | undefined, string][] = [
      [
        'query($m: [String!]!) { compareMunicipalities(municipalities: $m, indicators: ["PROJECT_COUNT"]) { mean } }',
        { m: ['020', '\u0000'] },
        undefined,
        'municipalities[1]',
      ],
      [
        'query($f: PracticeFilter) { practices(filter: $f) { totalCount } }',
        { f: { search: 'neuvola\u0000' } },
        undefined,
        'filter.search',
      ],
      ['{ municipality(code: "0\\u00002") { code } }', undefined, undefined, 'code'],
      [
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        { input: { name: 'Hanke\u0000', municipalities: [{ code: '020', role: 'IMPLEMENTER' }] } },
        EDITOR_KEY,
        'input.name',
      ],
    ];
    const projectCount = async () =>
      dataOf(await api.gql<{ projects: { totalCount: number } }>('{ projects { totalCount } }')).projects
        .totalCount;
    const before = await projectCount();
    for (const [query, variables, key, field] of cases) {
      const result = await api.gql(query, variables, key);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field, query).toBe(field);
    }
    expect(await projectCount()).toBe(before);
  });

  it('list filters answer data or a typed error, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        maybe(nastyString),
        maybe(fc.array(nastyString, { maxLength: 4 })),
        maybe(fc.record({ from: maybe(nastyNumber), to: maybe(nastyNumber) })),
        maybe(fc.array(nastyString, { maxLength: 3 })),
        maybe(nastyNumber),
        async (search, codes, years, ids, first) => {
          const filter = {
            search,
            municipalities: codes,
            years,
            sectors: codes,
            targetGroups: codes,
            funders: ids,
          };
          const variables = {
            filter,
            first: typeof first === 'number' && Number.isInteger(first) ? first : undefined,
          };
          for (const list of ['projects', 'practices']) {
            const r = await api.gql(
              `query($filter: ${list === 'projects' ? 'ProjectFilter' : 'PracticeFilter'}, $first: Int) { ${list}(filter: $filter, first: $first) { totalCount edges { node { id name } } } }`,
              variables,
            );
            expectNoServerError(r, list);
          }
          const outcomes = await api.gql('query($f: OutcomeFilter) { outcomes(filter: $f) { totalCount } }', {
            f: { municipalities: codes, domains: codes },
          });
          expectNoServerError(outcomes, 'outcomes');
          const compare = await api.gql(
            'query($m: [String!]!, $i: [String!]!, $y: YearRangeInput) { compareMunicipalities(municipalities: $m, indicators: $i, years: $y) { indicator { code } } }',
            { m: codes ?? [], i: ids ?? ['OWN_PROJECT_COST'], y: years },
          );
          expectNoServerError(compare, 'compareMunicipalities');
        },
      ),
      RUNS,
    );
  }, 300_000);

  it('mutations with garbage either succeed or change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        nastyString,
        maybe(nastyString),
        maybe(nastyNumber),
        maybe(nastyString),
        maybe(fc.array(nastyString, { maxLength: 3 })),
        async (name, date, amount, code, codes) => {
          const cases: [string, Record<string, unknown>][] = [
            [
              'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
              {
                input: {
                  name,
                  projectNumber: code,
                  period: { start: date, end: date, precision: 'DAY' },
                  municipalities: codes?.map((c) => ({ code: c, role: 'IMPLEMENTER' })),
                  sectors: codes,
                },
              },
            ],
            [
              'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }',
              { input: { id: projectId, version: 999_999, name, aims: name } },
            ],
            [
              'mutation($input: CreateFundingLineInput!) { createFundingLine(input: $input) { id } }',
              {
                input: {
                  projectId: code ?? projectId,
                  kind: 'EXTERNAL_GRANT',
                  amount,
                  decisionDate: date,
                  note: name,
                  recipientCode: code,
                },
              },
            ],
            [
              'mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }',
              {
                input: {
                  projectId,
                  kind: 'RESULT',
                  domain: code ?? 'X',
                  direction: 'IMPROVED',
                  evidenceType: 'SURVEY',
                  summaryEn: name,
                  value: amount,
                  unit: code,
                  measuredAt: date,
                },
              },
            ],
            [
              'mutation($input: ImportDocumentInput!) { importDocument(input: $input) { created } }',
              { input: { text: name, documentKey: code } },
            ],
          ];
          for (const [mutation, variables] of cases) {
            const before = await snapshot();
            const r = await api.gql(mutation, variables, EDITOR_KEY);
            expectNoServerError(r, mutation.slice(0, 40));
            if (r.errors?.length)
              expect(await snapshot(), `refused ${mutation.slice(0, 40)} wrote something`).toEqual(before);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);
});
