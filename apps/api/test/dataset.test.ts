import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi, VIEWER_KEY } from './harness';

const PROJECT_FIELDS = `
  id key name projectNumber status statusAsOf resultsDate
  period { start end precision startYear endYear }
  municipalities { role municipality { code nameFi } }
  partners { role organisation { nameFi } }
  costs { kind basis amount municipality { code } citations { quote source { fileName } } }
  fundings { kind amount decisionDate funder { abbreviation nameFi } recipient { code } citations { quote field } }
  outcomes { kind direction evidenceType evidenceLevel value unit measuredAt measuredPrecision baselineYear comparison summaryEn domain { code } citations { quote } }
  practices { key name phase }
  citations { quote field source { fileName } }
`;

interface Citation {
  quote: string;
  field?: string | null;
  source?: { fileName: string };
}
interface Outcome {
  kind: string;
  direction: string;
  evidenceType: string;
  evidenceLevel: number;
  value: number | null;
  unit: string | null;
  measuredAt: string | null;
  measuredPrecision: string | null;
  baselineYear: number | null;
  comparison: string | null;
  summaryEn: string;
  domain: { code: string };
  citations: Citation[];
}
interface Project {
  id: string;
  key: string;
  name: string;
  projectNumber: string | null;
  status: string | null;
  statusAsOf: string | null;
  resultsDate: string | null;
  period: {
    start: string | null;
    end: string | null;
    precision: string;
    startYear: number;
    endYear: number;
  } | null;
  municipalities: { role: string; municipality: { code: string; nameFi: string } }[];
  partners: { role: string; organisation: { nameFi: string } }[];
  costs: {
    kind: string;
    basis: string;
    amount: number | null;
    municipality: { code: string } | null;
    citations: Citation[];
  }[];
  fundings: {
    kind: string;
    amount: number | null;
    decisionDate: string | null;
    funder: { abbreviation: string | null; nameFi: string } | null;
    recipient: { code: string } | null;
    citations: Citation[];
  }[];
  outcomes: Outcome[];
  practices: { key: string; name: string; phase: string | null }[];
  citations: Citation[];
}

describe.each(DRIVERS)('the data set through GraphQL on %s', (driver) => {
  let api: TestApi;
  const projectsOf = async (code: string): Promise<Project[]> => {
    const data = dataOf(
      await api.gql<{ projects: { edges: { node: Project }[] } }>(
        `query($m: [String!]) { projects(filter: { municipalities: $m }, first: 50) { edges { node { ${PROJECT_FIELDS} } } } }`,
        { m: [code] },
      ),
    );
    return data.projects.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    api = await createTestApi(driver);
  });
  afterAll(() => api.close());

  it('has the four municipalities of the documents with codes, regions and wellbeing services counties', async () => {
    const data = dataOf(
      await api.gql<{ municipalityRegister: Record<string, string>[] }>(
        '{ municipalityRegister { code nameFi nameSv region wellbeingServicesCounty } }',
      ),
    );
    expect(data.municipalityRegister).toHaveLength(309);
    const codes = ['020', '186', '211', '851'];
    expect(data.municipalityRegister.filter((m) => codes.includes(m.code ?? ''))).toEqual([
      {
        code: '020',
        nameFi: 'Akaa',
        nameSv: 'Ackas',
        region: 'Pirkanmaa',
        wellbeingServicesCounty: 'Pirkanmaan hyvinvointialue',
      },
      {
        code: '186',
        nameFi: 'Järvenpää',
        nameSv: 'Träskända',
        region: 'Uusimaa',
        wellbeingServicesCounty: 'Keski-Uudenmaan hyvinvointialue',
      },
      {
        code: '211',
        nameFi: 'Kangasala',
        nameSv: 'Kangasala',
        region: 'Pirkanmaa',
        wellbeingServicesCounty: 'Pirkanmaan hyvinvointialue',
      },
      {
        code: '851',
        nameFi: 'Tornio',
        nameSv: 'Torneå',
        region: 'Lappi',
        wellbeingServicesCounty: 'Lapin hyvinvointialue',
      },
    ]);
  });

  it('keeps Tornio’s consortium budget, own share and ESR funding apart, with citations', async () => {
    const [project, ...others] = await projectsOf('851');
    expect(others).toEqual([]);
    expect(project?.name).toBe('Perheille parasta – työniloa työntekijöille');
    expect(project?.period).toEqual({
      start: '2015-01-01',
      end: '2018-12-31',
      precision: 'YEAR',
      startYear: 2015,
      endYear: 2018,
    });
    const budget = project?.costs.find((c) => c.kind === 'TOTAL_BUDGET');
    const share = project?.costs.find((c) => c.kind === 'MUNICIPALITY_SHARE');
    expect(budget).toMatchObject({ basis: 'ESTIMATE', amount: 414583, municipality: null });
    expect(share).toMatchObject({ basis: 'ESTIMATE', amount: 220395, municipality: { code: '851' } });
    expect(budget?.citations.some((c) => c.quote.includes('414 583'))).toBe(true);
    expect(share?.citations.some((c) => c.quote.includes('220 395'))).toBe(true);
    const esr = project?.fundings.find((f) => f.funder?.abbreviation === 'ESR');
    expect(esr).toMatchObject({
      kind: 'EXTERNAL_GRANT',
      amount: 115005,
      decisionDate: null,
      recipient: { code: '851' },
    });
    expect(esr?.citations.some((c) => c.quote.includes('115 005'))).toBe(true);
    expect(project?.partners.map((p) => p.organisation.nameFi)).toContain(
      'Lapin yliopiston koulutus- ja kehittämispalvelut',
    );
  });

  it('has Tornio’s 2-year visit practice: 17.10.2019, completed, permanent, part of the ESR project', async () => {
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: Record<string, unknown> }[] } }>(
        `{ practices(filter: { search: "2-vuotistapaaminen", municipalities: ["851"] }) { edges { node {
            name phase phaseAsOf publishedDate permanentUse isDevelopmentLine
            parentProject { name fundings { funder { abbreviation } } }
            citations { source { fileName } } } } } }`,
      ),
    );
    const practice = data.practices.edges
      .map((e) => e.node)
      .find((p) => String(p.name).startsWith('2-vuotistapaaminen'));
    expect(practice).toMatchObject({
      name: '2-vuotistapaaminen neuvolan ja varhaiskasvatuksen yhteistyönä perheen kodissa',
      phase: 'COMPLETED',
      publishedDate: '2019-10-17',
      permanentUse: true,
      isDevelopmentLine: true,
      parentProject: {
        name: 'Perheille parasta – työniloa työntekijöille',
        fundings: [{ funder: { abbreviation: 'ESR' } }],
      },
    });
    const files = new Set(((practice?.citations ?? []) as Citation[]).map((c) => c.source?.fileName));
    expect(files).toEqual(new Set(['000_67efcc4de3135634.txt', '004_30b8deb3a6489ff1.txt']));
  });

  it('has Akaa’s TSR project 114463 with realised costs and both good and bad outcomes', async () => {
    const [project] = await projectsOf('020');
    expect(project).toMatchObject({
      projectNumber: '114463',
      status: 'COMPLETED',
      resultsDate: '2016-05-31',
      period: { start: '2014-09-29', end: '2016-05-31', precision: 'DAY' },
    });
    expect(project?.municipalities.map((m) => m.role).sort()).toEqual(['APPLICANT', 'IMPLEMENTER']);
    expect(project?.costs).toEqual([
      expect.objectContaining({
        kind: 'TOTAL_COSTS',
        basis: 'REALISED',
        amount: 23056,
        municipality: { code: '020' },
      }),
    ]);
    expect(project?.fundings).toEqual([
      expect.objectContaining({
        kind: 'EXTERNAL_GRANT',
        amount: 9956,
        decisionDate: '2014-10-29',
        funder: expect.objectContaining({ abbreviation: 'TSR' }),
      }),
    ]);
    const outcomes = project?.outcomes ?? [];
    const staff = outcomes.find((o) => o.domain.code === 'STAFF_WELLBEING' && o.value === 58);
    expect(staff).toMatchObject({
      direction: 'IMPROVED',
      unit: '%',
      evidenceType: 'SURVEY',
      measuredAt: '2016-04-01',
      measuredPrecision: 'MONTH',
    });
    expect(staff?.citations.some((c) => c.quote.includes('58 prosenttia'))).toBe(true);
    const worse = outcomes.filter((o) => o.domain.code === 'LEADERSHIP' && o.direction === 'WORSENED');
    expect(worse).toHaveLength(1);
    expect(worse[0]?.citations.some((c) => c.quote.includes('huonommaksi'))).toBe(true);
    const costs = outcomes.find((o) => o.domain.code === 'CORRECTIVE_SERVICES_COST');
    expect(costs).toMatchObject({
      direction: 'IMPROVED',
      baselineYear: 2014,
      value: null,
      evidenceType: 'STATISTICS',
    });
    const comparison = outcomes.find((o) => o.evidenceType === 'COMPARISON_GROUP');
    expect(comparison).toMatchObject({
      domain: { code: 'LEADERSHIP' },
      direction: 'IMPROVED',
      evidenceLevel: 4,
    });
    expect(outcomes.find((o) => o.value === 10)).toMatchObject({
      kind: 'OUTPUT',
      unit: 'count',
      direction: 'NOT_APPLICABLE',
    });
  });

  it('records Kangasala’s "no separate funding" as a known fact and its pilot in two child-health-clinic areas', async () => {
    expect(await projectsOf('211')).toEqual([]);
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: Record<string, unknown> }[] } }>(
        `{ practices(filter: { municipalities: ["211"] }) { edges { node {
            name phase publishedDate costs { amount } fundings { kind amount funder { nameFi } citations { quote } }
            places { role place { name kind count } }
            period { start precision } } } } }`,
      ),
    );
    const [practice] = data.practices.edges.map((e) => e.node);
    expect(practice).toMatchObject({
      name: 'Perheesi parhaaksi -toimintamalli',
      phase: 'COMPLETED',
      publishedDate: '2019-06-04',
      costs: [],
    });
    expect(practice?.fundings).toEqual([
      {
        kind: 'NO_SEPARATE_FUNDING',
        amount: null,
        funder: { nameFi: 'Kangasalan kaupunki' },
        citations: [
          expect.objectContaining({ quote: expect.stringContaining('ei ollut erillisrahoitusta') }),
        ],
      },
    ]);
    const pilot = (
      (practice?.places ?? []) as { role: string; place: { count: number | null; kind: string } }[]
    ).find((p) => p.role === 'PILOT');
    expect(pilot?.place).toMatchObject({ count: 2 });
  });

  it('has Järvenpää’s STM-funded practice with an unknown amount, Keski-Uusimaa, in development', async () => {
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: Record<string, unknown> }[] } }>(
        `{ practices(filter: { municipalities: ["186"] }) { edges { node {
            name area phase phaseAsOf createdDate modifiedDate funder { abbreviation nameFi }
            parentProject { status fundings { kind amount funder { abbreviation } } } } } } }`,
      ),
    );
    expect(data.practices.edges[0]?.node).toEqual({
      name: 'Puheeksiottava kunta - hyvinvoivat perheet',
      area: 'Keski-Uusimaa',
      phase: 'IN_DEVELOPMENT',
      phaseAsOf: '2023-10-10',
      createdDate: '2023-09-28',
      modifiedDate: '2023-10-10',
      funder: { abbreviation: 'STM', nameFi: 'Sosiaali- ja terveysministeriö' },
      parentProject: {
        status: 'ONGOING',
        fundings: [{ kind: 'EXTERNAL_GRANT', amount: null, funder: { abbreviation: 'STM' } }],
      },
    });
  });

  it('cites every cost, funding amount and measured outcome value with a passage that states it', async () => {
    for (const code of ['851', '020', '186']) {
      for (const project of await projectsOf(code)) {
        // Sources write thousands with a normal or a no-break space; compare both ways alike.
        const plain = (text: string) => text.replace(/\s/g, ' ');
        const fmt = (n: number) => plain(n.toLocaleString('fi-FI'));
        for (const c of project.costs.filter((c) => c.amount != null)) {
          expect(c.citations.some((q) => plain(q.quote).includes(fmt(c.amount as number)))).toBe(true);
        }
        for (const f of project.fundings.filter((f) => f.amount != null)) {
          expect(f.citations.some((q) => plain(q.quote).includes(fmt(f.amount as number)))).toBe(true);
        }
        for (const o of project.outcomes.filter((o) => o.value != null))
          expect(o.citations.length).toBeGreaterThan(0);
        expect(project.citations.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps Finnish text byte for byte and serves the full source text only to authenticated callers', async () => {
    const anonymous = await api.gql('{ sources { edges { node { fileName text } } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const data = dataOf(
      await api.gql<{ sources: { edges: { node: { fileName: string; text: string; sha256: string } }[] } }>(
        '{ sources(first: 50) { edges { node { fileName text sha256 } } } }',
        {},
        VIEWER_KEY,
      ),
    );
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const documents = data.sources.edges.map((e) => e.node).filter((s) => s.fileName.endsWith('.txt'));
    expect(documents).toHaveLength(5);
    for (const s of documents) {
      const bytes = readFileSync(new URL(`../../../packages/data/sources/${s.fileName}`, import.meta.url));
      expect(Buffer.from(s.text, 'utf8').equals(bytes)).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(s.sha256);
    }
  });

  it('shows contact people only to callers with an API key', async () => {
    const query =
      '{ projects(filter: { municipalities: ["020"] }) { edges { node { contacts { role person { name email } } } } } }';
    const anonymous = await api.gql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain('elina.anttila');
    const data = dataOf(
      await api.gql<{
        projects: { edges: { node: { contacts: { person: { name: string; email: string } }[] } }[] };
      }>(query, {}, VIEWER_KEY),
    );
    expect(data.projects.edges[0]?.node.contacts.map((c) => c.person)).toContainEqual({
      name: 'Elina Anttila',
      email: 'elina.anttila@akaa.fi',
    });
  });

  it('finds records through node(id) with global ids', async () => {
    const [project] = await projectsOf('020');
    const data = dataOf(
      await api.gql<{ node: { __typename: string; name: string } }>(
        'query($id: ID!) { node(id: $id) { __typename ... on Project { name } } }',
        { id: project?.id },
      ),
    );
    expect(data.node).toEqual({ __typename: 'Project', name: project?.name });
  });
});
