import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FundingLine } from '../src/modules/finance/funding-line.entity';
import { Municipality } from '../src/modules/municipality/municipality.entity';
import { Organisation } from '../src/modules/organisation/organisation.entity';
import { Outcome } from '../src/modules/outcome/outcome.entity';
import { Practice } from '../src/modules/practice/practice.entity';
import { Project } from '../src/modules/project/project.entity';
import { ProjectMunicipality } from '../src/modules/project/project-municipality.entity';
import { Period } from '../src/modules/search/period.entity';
import { Term } from '../src/modules/vocabulary/term.entity';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

const DOCUMENT = readFileSync(
  new URL('../../../packages/ingest/test/documents/06-kunta-kangasala-inline.txt', import.meta.url),
  'utf8',
);

const NESTED = `{
  municipalities(first: 4) { edges { node { code projects(first: 40) { totalCount edges { node {
    name period { start end }
    fundings { amount funder { nameFi } citations { quote source { title } } }
    costs { amount municipality { nameFi } }
    sectors { code } targetGroups { code }
    practices { name phase outcomes { direction domain { code } citations { quote } } }
    outcomes { value domain { nameEn } citations { quote source { fileName } } }
    citations { quote source { fileName } }
  } } } } } }
}`;

/** Adds `n` projects to Tornio, each with a funding line, a practice and an outcome. */
async function addProjects(api: TestApi, n: number): Promise<void> {
  const em = api.orm.em.fork();
  const tornio = await em.findOneOrFail(Municipality, { code: '851' });
  const funder = await em.findOneOrFail(Organisation, { abbreviation: 'ESR' });
  const domain = await em.findOneOrFail(Term, { vocabulary: 'OUTCOME_DOMAIN', code: 'COOPERATION' });
  for (let i = 0; i < n; i++) {
    const project = em.create(Project, {
      name: `Synthetic ${i}`,
      period: Period.of({ start: '2020-01-01', end: '2021-12-31', precision: 'DAY' }),
    });
    em.create(ProjectMunicipality, { project, municipality: tornio, role: 'IMPLEMENTER' });
    em.create(FundingLine, { project, funder, kind: 'EXTERNAL_GRANT', amount: 1000 + i });
    const practice = em.create(Practice, {
      name: `Synthetic practice ${i}`,
      municipality: tornio,
      parentProject: project,
    });
    em.create(Outcome, {
      practice,
      domain,
      kind: 'RESULT',
      direction: 'UNKNOWN',
      evidenceType: 'NOT_YET_MEASURED',
      summaryEn: 'x',
    });
  }
  await em.flush();
}

describe.each(DRIVERS)('SQL statements per nested query on %s (no N+1)', (driver) => {
  let api: TestApi;
  let statements = 0;
  /** The SQL counted, for tests that look at what was read. */
  const texts: string[] = [];
  beforeAll(async () => {
    // The data version's check (db/data-version.ts) is not counted: it runs at most once a second and
    // after this process's writes, whatever the query, and so would make the counts depend on time.
    api = await createTestApi(driver, {
      onQuery: (sql) => {
        if (/from [`"]?data_version\b/.test(sql)) return;
        statements++;
        texts.push(sql);
      },
    });
  });
  afterAll(() => api.close());

  const count = async (query: string, key?: string) => {
    statements = 0;
    dataOf(await api.gql(query, {}, key));
    return statements;
  };

  // Every field that reads the database, explanations included (one statement for all rows).
  const COMPARE = `{
    compareMunicipalities(municipalities: ["851", "020", "211", "186"], indicators: ["OWN_PROJECT_COST", "EXTERNAL_FUNDING", "EXTERNAL_FUNDING_SHARE", "PROJECT_COUNT", "OUTCOMES_IMPROVED"], normalize: PER_INHABITANT) {
      rows { value rank explanation { formula inputs { label value recordId } } } }
    outcomeMatrix(municipalities: ["851", "020", "211", "186"]) { direction count outcomes { value practice { name version } project { name } } }
  }`;

  const REVISIONS = `{ documentRevisions(documentKey: "tornio/revisions") {
    revision draft { status document { revision } } previous { revision }
    changes { field change } textChanges { added removed } } }`;
  const importRevision = async (i: number) =>
    dataOf(
      await api.gql(
        'mutation($input: ImportDocumentInput!) { importDocument(input: $input) { created } }',
        {
          input: {
            text: `${DOCUMENT}\nLisätietoja päivitetty ${i + 1}. kerran.\n`,
            documentKey: 'tornio/revisions',
          },
        },
        EDITOR_KEY,
      ),
    );

  it('reads a comparison of every kind of indicator in one statement, each answering as when asked alone', async () => {
    const kinds = [
      'OWN_PROJECT_COST', // a sum of stored values
      'EXTERNAL_FUNDING_SHARE', // a ratio of two sums
      'POPULATION', // the latest year only
      'PROJECT_COUNT', // counted from the records, by the years
      'PRACTICE_COUNT',
      'OUTCOMES_IMPROVED', // grouped outcomes
      'STRONGEST_EVIDENCE',
    ];
    const compare = (indicators: string[]) =>
      `{ compareMunicipalities(municipalities: ["851", "020", "211", "186", "091"], indicators: ${JSON.stringify(indicators)}, years: { from: 2015, to: 2030 }) {
        indicator { code } rows { municipality { code } value exact rank missingReason years } } }`;
    await warmReferences();
    await count(compare(kinds)); // the indicators' reference rows read once
    expect(await count(compare(kinds))).toBe(1);
    const together = dataOf<{ compareMunicipalities: { indicator: { code: string } }[] }>(
      await api.gql(compare(kinds)),
    ).compareMunicipalities;
    for (const [i, code] of kinds.entries()) {
      const alone = dataOf<{ compareMunicipalities: unknown[] }>(await api.gql(compare([code])))
        .compareMunicipalities[0];
      expect(together[i]).toEqual(alone);
    }
    // Concrete values: Tornio's figures from the data set (this test runs before any is added).
    const tornio = (code: string) =>
      (
        together.find((c) => c.indicator.code === code) as unknown as {
          rows: { municipality: { code: string }; value: number | null }[];
        }
      ).rows.find((r) => r.municipality.code === '851')?.value;
    expect(tornio('OWN_PROJECT_COST')).toBe(220395);
    expect(
      ['PROJECT_COUNT', 'PRACTICE_COUNT', 'POPULATION', 'OUTCOMES_IMPROVED', 'STRONGEST_EVIDENCE'].map(
        tornio,
      ),
    ).toEqual([1, 5, 20959, 2, 1]);
  });

  it('reads document revisions with a fixed number of statements, however many there are', async () => {
    await importRevision(0);
    await importRevision(1);
    const before = await count(REVISIONS, EDITOR_KEY);
    for (let i = 2; i < 8; i++) await importRevision(i);
    expect(await count(REVISIONS, EDITOR_KEY)).toBe(before);
    expect(before).toBeLessThanOrEqual(8);
  });

  it('does not grow with the number of rows', async () => {
    const before = await count(NESTED);
    const compareBefore = await count(COMPARE);
    await addProjects(api, 30);
    const after = await count(NESTED);
    // Aggregations are grouped in SQL: a fixed number of statements however many records there are.
    expect(await count(COMPARE)).toBe(compareBefore);
    expect(compareBefore).toBeLessThanOrEqual(20);
    // One statement per relation per depth level, however many parents: a fixed bound.
    expect(before).toBeLessThanOrEqual(25);
    expect(after).toBe(before);
  });

  it('reads the relations of one level in one statement on PostgreSQL, each answering as when read alone', async () => {
    const fields = {
      fundings: 'fundings { kind amount basis decisionDate note funder { nameFi } recipient { code } }',
      practices:
        'practices { name phase phaseAsOf isDevelopmentLine permanentUse period { start end precision } }',
      outcomes: 'outcomes { direction value unit measuredAt reportedAt baselineYear evidenceLevel }',
    };
    const page = (asked: string) => `{ projects(first: 50) { edges { node { id ${asked} } } } }`;
    type Nodes = { projects: { edges: { node: Record<string, unknown> }[] } };
    await warmReferences();
    expect(await count(page(Object.values(fields).join(' ')))).toBe(driver === 'sqlite' ? 4 : 2);
    const together = dataOf<Nodes>(await api.gql(page(Object.values(fields).join(' ')))).projects.edges;
    for (const [name, asked] of Object.entries(fields)) {
      // Alone in its level: sent as it is, decoded by the driver.
      expect(await count(page(asked))).toBe(2);
      const alone = dataOf<Nodes>(await api.gql(page(asked))).projects.edges;
      expect(together.map((e) => e.node[name])).toEqual(alone.map((e) => e.node[name]));
    }
    // Concrete values through the batched read: Kangasala's ESR grant, exact.
    const kangasala = together.find((e) =>
      (e.node.fundings as { amount: number | null }[]).some((f) => f.amount === 115005),
    );
    expect(kangasala?.node.fundings).toEqual([
      expect.objectContaining({
        kind: 'EXTERNAL_GRANT',
        amount: 115005,
        funder: { nameFi: 'Euroopan sosiaalirahasto' },
      }),
    ]);
    // Akaa's project: a dated grant decision, a practice's boolean, outcomes' dates and the worse finding.
    const akaa = together.find((e) => e.node.id === 'UHJvamVjdDox')?.node;
    expect(akaa?.fundings).toEqual([
      {
        kind: 'EXTERNAL_GRANT',
        amount: 9956,
        basis: null,
        decisionDate: '2014-10-29',
        note: null,
        funder: { nameFi: 'Työsuojelurahasto' },
        recipient: { code: '020' },
      },
    ]);
    expect(akaa?.practices).toEqual([
      expect.objectContaining({
        name: 'Akaan kaupungin lapsiperhetyön toimintamalli',
        isDevelopmentLine: false,
      }),
    ]);
    expect(((akaa?.outcomes ?? []) as unknown[]).slice(0, 2)).toEqual([
      {
        direction: 'IMPROVED',
        value: 58,
        unit: '%',
        measuredAt: '2016-04-01',
        reportedAt: null,
        baselineYear: null,
        evidenceLevel: 2,
      },
      {
        direction: 'IMPROVED',
        value: null,
        unit: null,
        measuredAt: null,
        reportedAt: '2016-05-31',
        baselineYear: 2014,
        evidenceLevel: 3,
      },
    ]);
  });

  /** Reads the reference tables (municipalities, indicators, terms, organisations) once at the current data version. */
  const warmReferences = () =>
    count(`{ compareMunicipalities(municipalities: ["851"], indicators: ["PROJECT_COUNT"]) { indicator { code } }
      outcomeMatrix(municipalities: ["851"]) { count }
      projects(first: 100) { edges { node { fundings { funder { nameFi } } } } } }`);

  it('reads reference rows once per data version, not once per request', async () => {
    await addProjects(api, 1);
    // After a write: the municipalities, indicators and outcome domains the comparison and the matrix
    // look up are read again, each table whole (as the request's own look-up would be); then not again
    // until the next write. Counted as whole-table reads in the SQL sent: on PostgreSQL they go inside
    // the statements of their level (db/read-batch.ts), on SQLite as statements of their own.
    const wholeTables = /from ["`](municipality|indicator|term)["`] as ["`]e["`] order by/g;
    const read = async () => {
      texts.length = 0;
      const n = await count(COMPARE);
      return {
        statements: n,
        tables: texts.flatMap((t) => [...t.matchAll(wholeTables)].map((m) => m[1])).sort(),
      };
    };
    const cold = await read();
    const warm = await read();
    expect(cold.tables).toEqual(['indicator', 'municipality', 'term']);
    expect(warm.tables).toEqual([]);
    if (driver === 'sqlite') expect(warm.statements).toBe(cold.statements - 3);
    expect(await read()).toEqual(warm);
  });

  /**
   * Shapes no benchmark scenario asks, each with its bound, however many rows each level holds. SQLite:
   * one statement per list or relation that reads (a page and its count are one; better-sqlite3 reads in
   * process, no round trip to save). PostgreSQL: one statement per level — the reads dispatched together
   * (loaders, a profile's parts) go as one (db/read-batch.ts); a read that waits for another's answer (a
   * municipality's project links, then the projects) is a level of its own.
   */
  const SHAPES: [name: string, query: string, sqlite: number, postgresql: number][] = [
    [
      // organisations (page + count) · fundings · project · municipality links (the municipalities
      // are reference rows: db/reference-rows.ts)
      'organisations → fundings → project → municipalities',
      `{ organisations(first: 20) { totalCount edges { node { nameFi fundings { amount
          project { name municipalities { role municipality { nameFi } } } } } } } }`,
      4,
      4,
    ],
    [
      // practices · parent project · its practices · outcomes (their municipality and domain are
      // reference rows); PostgreSQL: page · parent project + outcomes · its practices
      'practices → parent project → practices; outcomes → domain',
      `{ practices(first: 30) { edges { node { name parentProject { name practices { name municipality { nameFi } } }
          outcomes { direction domain { code nameFi } } } } } }`,
      4,
      3,
    ],
    [
      // project links · projects · fundings · costs · term links · practices (the municipality, the
      // funders and the terms are reference rows); PostgreSQL: project links + practices · projects ·
      // fundings + costs + term links
      'municipality → projects → fundings → funder, costs, sectors; practices',
      `{ municipality(code: "851") { nameFi projects(first: 10) { totalCount edges { node { name
          fundings { amount funder { nameFi } } costs { amount } sectors { code } } } }
          practices(first: 10) { totalCount edges { node { name phase } } } } }`,
      6,
      3,
    ],
    [
      // outcomes (page + count) · project · practice · citations · sources (the domains are reference
      // rows); PostgreSQL: page · project + practice + citations · sources
      'outcomes → project, practice, domain, citations → source',
      `{ outcomes(first: 50) { totalCount edges { node { value project { name } practice { name }
          domain { code } citations { quote source { title } } } } } }`,
      5,
      3,
    ],
    [
      // projects · their fundings · outcomes · practices (the phases counted from them); the
      // municipality is a reference row; PostgreSQL: projects + outcomes + practices · fundings
      'profile: projects → fundings, outcomes, phases',
      `{ municipalityProfile(code: "851") { projects { name fundings { amount } } outcomes { direction }
          practicesByPhase { phase count } } }`,
      4,
      2,
    ],
  ];

  it('keeps shapes beyond the bench within one statement per level, however many rows', async () => {
    await warmReferences();
    for (const [name, query, sqlite, postgresql] of SHAPES)
      expect({ name, statements: await count(query) }).toEqual({
        name,
        statements: driver === 'sqlite' ? sqlite : postgresql,
      });
    await addProjects(api, 12);
    await warmReferences();
    for (const [name, query, sqlite, postgresql] of SHAPES)
      expect({ name, statements: await count(query) }).toEqual({
        name,
        statements: driver === 'sqlite' ? sqlite : postgresql,
      });
  });
});
