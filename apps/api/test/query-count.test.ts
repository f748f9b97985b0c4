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
  beforeAll(async () => {
    // The data version's check (db/data-version.ts) is not counted: it runs at most once a second and
    // after this process's writes, whatever the query, and so would make the counts depend on time.
    api = await createTestApi(driver, {
      onQuery: (sql) => {
        if (!/from [`"]?data_version\b/.test(sql)) statements++;
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

  /** Reads the reference tables (municipalities, indicators, terms, organisations) once at the current data version. */
  const warmReferences = () =>
    count(`{ compareMunicipalities(municipalities: ["851"], indicators: ["PROJECT_COUNT"]) { indicator { code } }
      outcomeMatrix(municipalities: ["851"]) { count }
      projects(first: 100) { edges { node { fundings { funder { nameFi } } } } } }`);

  it('reads reference rows once per data version, not once per request', async () => {
    await addProjects(api, 1);
    // After a write: the municipalities, indicators and outcome domains the comparison and the matrix
    // look up are read again, each table in one statement (as the request's own look-up would be); then
    // not again until the next write.
    const cold = await count(COMPARE);
    const warm = await count(COMPARE);
    expect(warm).toBe(cold - 3);
    expect(await count(COMPARE)).toBe(warm);
  });

  /**
   * Shapes no benchmark scenario asks, each with its bound: one statement per list or relation that
   * reads (a page and its count are one), however many rows each level holds.
   */
  const SHAPES: [name: string, query: string, levels: number][] = [
    [
      // organisations (page + count) · fundings · project · municipality links (the municipalities
      // are reference rows: db/reference-rows.ts)
      'organisations → fundings → project → municipalities',
      `{ organisations(first: 20) { totalCount edges { node { nameFi fundings { amount
          project { name municipalities { role municipality { nameFi } } } } } } } }`,
      4,
    ],
    [
      // practices · parent project · its practices · outcomes (their municipality and domain are
      // reference rows)
      'practices → parent project → practices; outcomes → domain',
      `{ practices(first: 30) { edges { node { name parentProject { name practices { name municipality { nameFi } } }
          outcomes { direction domain { code nameFi } } } } } }`,
      4,
    ],
    [
      // project links · projects · fundings · costs · term links · practices (the municipality, the
      // funders and the terms are reference rows)
      'municipality → projects → fundings → funder, costs, sectors; practices',
      `{ municipality(code: "851") { nameFi projects(first: 10) { totalCount edges { node { name
          fundings { amount funder { nameFi } } costs { amount } sectors { code } } } }
          practices(first: 10) { totalCount edges { node { name phase } } } } }`,
      6,
    ],
    [
      // outcomes (page + count) · project · practice · citations · sources (the domains are reference
      // rows)
      'outcomes → project, practice, domain, citations → source',
      `{ outcomes(first: 50) { totalCount edges { node { value project { name } practice { name }
          domain { code } citations { quote source { title } } } } } }`,
      5,
    ],
    [
      // projects · their fundings · outcomes · practices (the phases counted from them); the
      // municipality is a reference row
      'profile: projects → fundings, outcomes, phases',
      `{ municipalityProfile(code: "851") { projects { name fundings { amount } } outcomes { direction }
          practicesByPhase { phase count } } }`,
      4,
    ],
  ];

  it('keeps shapes beyond the bench within one statement per level, however many rows', async () => {
    await warmReferences();
    for (const [name, query, levels] of SHAPES)
      expect({ name, statements: await count(query) }).toEqual({ name, statements: levels });
    await addProjects(api, 12);
    await warmReferences();
    for (const [name, query, levels] of SHAPES)
      expect({ name, statements: await count(query) }).toEqual({ name, statements: levels });
  });
});
