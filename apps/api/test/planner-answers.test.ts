import 'reflect-metadata';
import { loadDataset } from '@vertailu/data';
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../src/graphql/schema';
import { createTestApi, DRIVERS, dataOf, EDITOR_KEY, type TestApi } from './harness';

const ALL = ['020', '851', '211', '186'];

interface Figure {
  amount: number | null;
  exact: string | null;
  basis: string | null;
  missingReason: string | null;
  derived: boolean;
  formula: string | null;
  knownZero: boolean;
  fromYear: number | null;
  toYear: number | null;
  inputs: { label: string; recordId: string | null; citations: { quote: string; source: Source }[] }[];
}
interface Source {
  title: string;
  publishedDate: string | null;
  url: string | null;
}
const FIGURE = `amount exact basis missingReason derived formula knownZero fromYear toYear
  inputs { label recordId citations { quote source { title publishedDate url } } }`;

const COST_ROLES = `query($m: [String!]!) { costRoles(municipalities: $m) {
  municipality { code } itemCount
  gross { ${FIGURE} } externalFunding { ${FIGURE} } netOwnCost { ${FIGURE} formulaFi }
  items { project { name } practice { name } gross { ${FIGURE} } externalFunding { ${FIGURE} } netOwnCost { ${FIGURE} }
          wholeBudget { ${FIGURE} } restOfWhole { ${FIGURE} } externalShareOfWhole { percent basis derived formula } }
} }`;

interface ItemRoles {
  project: { name: string } | null;
  practice: { name: string } | null;
  gross: Figure;
  externalFunding: Figure;
  netOwnCost: Figure;
  wholeBudget: Figure | null;
  restOfWhole: Figure | null;
  externalShareOfWhole: {
    percent: number | null;
    basis: string | null;
    derived: boolean;
    formula: string;
  } | null;
}
interface MunicipalityRoles {
  municipality: { code: string };
  itemCount: number;
  gross: Figure;
  externalFunding: Figure;
  netOwnCost: Figure;
  items: ItemRoles[];
}

describe.each(DRIVERS)('what the planners ask, on %s', (driver) => {
  let api: TestApi;
  let roles: Record<string, MunicipalityRoles>;
  beforeAll(async () => {
    api = await createTestApi(driver);
    const data = dataOf(await api.gql<{ costRoles: MunicipalityRoles[] }>(COST_ROLES, { m: ALL }));
    roles = Object.fromEntries(data.costRoles.map((r) => [r.municipality.code, r]));
  });
  afterAll(() => api.close());

  it('serves money exactly: Akaa’s net own contribution is 13 100 €, not 13 100.000000000002 €', async () => {
    const data = dataOf(
      await api.gql<{
        compareMunicipalities: {
          indicator: { code: string };
          rows: { municipality: { code: string }; value: number | null; exact: string | null }[];
        }[];
      }>(
        `{ compareMunicipalities(municipalities: ["020", "851"], indicators: ["NET_OWN_CONTRIBUTION", "OWN_PROJECT_COST", "EXTERNAL_FUNDING", "EXTERNAL_FUNDING_SHARE"]) {
            indicator { code } rows { municipality { code } value exact } } }`,
      ),
    );
    const by = Object.fromEntries(
      data.compareMunicipalities.map((c) => [
        c.indicator.code,
        Object.fromEntries(c.rows.map((r) => [r.municipality.code, r])),
      ]),
    );
    expect(by.NET_OWN_CONTRIBUTION?.['020']).toEqual({
      municipality: { code: '020' },
      value: 13100,
      exact: '13100.00',
    });
    expect(by.NET_OWN_CONTRIBUTION?.['851']).toEqual({
      municipality: { code: '851' },
      value: 105390,
      exact: '105390.00',
    });
    expect(by.OWN_PROJECT_COST?.['020']?.exact).toBe('23056.00');
    expect(by.EXTERNAL_FUNDING?.['851']?.value).toBe(115005);
    // A ratio of exact sums: the very quotient, no drift from summing yearly parts.
    expect(by.EXTERNAL_FUNDING_SHARE?.['851']?.value).toBe((115005 / 220395) * 100);
    expect(by.EXTERNAL_FUNDING_SHARE?.['851']?.exact).toBeNull();
  });

  it('says when the sources hold no such funding at all, apart from an unknown amount', async () => {
    const data = dataOf(
      await api.gql<{
        compareMunicipalities: {
          indicator: { code: string };
          rows: {
            municipality: { code: string };
            missingReason: string | null;
            noneInSources: boolean;
            bases: string[];
          }[];
        }[];
      }>(
        `{ compareMunicipalities(municipalities: ["851", "020", "186"], indicators: ["EXTERNAL_FUNDING_STATE_FUND", "EXTERNAL_FUNDING_MINISTRY", "NET_OWN_CONTRIBUTION"]) {
            indicator { code } rows { municipality { code } missingReason noneInSources bases } } }`,
      ),
    );
    const row = (indicator: string, code: string) =>
      data.compareMunicipalities
        .find((c) => c.indicator.code === indicator)
        ?.rows.find((r) => r.municipality.code === code);
    // Tornio has no Työsuojelurahasto line: none in the sources, not an unknown amount.
    expect(row('EXTERNAL_FUNDING_STATE_FUND', '851')).toMatchObject({
      missingReason: 'NOT_REPORTED',
      noneInSources: true,
    });
    // Järvenpää's STM grant exists; its amount is what is unknown.
    expect(row('EXTERNAL_FUNDING_MINISTRY', '186')).toMatchObject({
      missingReason: 'AMOUNT_UNKNOWN',
      noneInSources: false,
    });
    expect(row('NET_OWN_CONTRIBUTION', '020')).toMatchObject({ noneInSources: false, bases: ['REALISED'] });
    expect(row('NET_OWN_CONTRIBUTION', '851')?.bases).toEqual(['ESTIMATE']);
  });

  it('splits a project’s amount over its years in whole cents that add up exactly', async () => {
    const data = dataOf(
      await api.gql<{ indicatorSeries: { year: number; exact: string | null }[] }>(
        '{ indicatorSeries(municipalities: ["851"], indicator: "OWN_PROJECT_COST") { year exact } }',
      ),
    );
    const cents = data.indicatorSeries.map((p) => Math.round(Number(p.exact) * 100));
    expect(data.indicatorSeries.map((p) => p.exact)).toEqual([
      '55061.04',
      '55211.89',
      '55061.04',
      '55061.03',
    ]);
    expect(cents.reduce((a, b) => a + b, 0)).toBe(22039500);
  });

  it('tells gross cost, external funding and net own cost apart, with basis and years (Akaa, Tornio)', () => {
    const akaa = roles['020'] as MunicipalityRoles;
    expect(akaa.netOwnCost).toMatchObject({
      amount: 13100,
      exact: '13100.00',
      basis: 'REALISED',
      derived: true,
    });
    expect(akaa.netOwnCost.formula).toBe('gross cost − external funding = 23,056 € − 9,956 € = 13,100 €');
    expect(akaa.gross).toMatchObject({ exact: '23056.00', basis: 'REALISED', fromYear: 2014, toYear: 2016 });
    // A funding decision's amount: whether it was paid out is not stated.
    expect(akaa.externalFunding).toMatchObject({ exact: '9956.00', basis: null, knownZero: false });

    const tornio = roles['851'] as MunicipalityRoles;
    expect(tornio.gross).toMatchObject({
      exact: '220395.00',
      basis: 'ESTIMATE',
      fromYear: 2015,
      toYear: 2018,
    });
    expect(tornio.externalFunding).toMatchObject({ exact: '115005.00', basis: 'ESTIMATE' });
    expect(tornio.netOwnCost).toMatchObject({ amount: 105390, exact: '105390.00', basis: 'ESTIMATE' });
    const project = tornio.items.find((i) => i.project?.name.startsWith('Perheille parasta')) as ItemRoles;
    expect(project.wholeBudget).toMatchObject({ exact: '414583.00', basis: 'ESTIMATE', derived: false });
    expect(project.restOfWhole).toMatchObject({ exact: '194188.00', basis: 'ESTIMATE', derived: true });
    expect(project.restOfWhole?.formula).toContain('414,583 € − 220,395 € = 194,188 €');
    expect(project.externalShareOfWhole).toMatchObject({
      percent: (11500500 / 41458300) * 100,
      basis: 'ESTIMATE',
      derived: true,
    });
    expect(project.externalShareOfWhole?.formula).toContain('115,005 € ÷ 414,583 €');
  });

  it('keeps Kangasala’s “no separate funding” a known 0 and its cost unknown; Järvenpää’s grant unknown', () => {
    const kangasala = roles['211'] as MunicipalityRoles;
    expect(kangasala.externalFunding).toMatchObject({
      amount: 0,
      exact: '0.00',
      knownZero: true,
      missingReason: null,
    });
    expect(kangasala.gross).toMatchObject({ amount: null, missingReason: 'NOT_REPORTED' });
    expect(kangasala.netOwnCost).toMatchObject({ amount: null, missingReason: 'NOT_REPORTED' });
    const jarvenpaa = roles['186'] as MunicipalityRoles;
    expect(jarvenpaa.externalFunding).toMatchObject({ amount: null, missingReason: 'AMOUNT_UNKNOWN' });
  });

  it('cites every input of a cost figure with the source’s title, date and address', () => {
    const [total, grant] = (roles['020'] as MunicipalityRoles).netOwnCost.inputs;
    expect(total?.citations[0]).toEqual({
      quote: 'Kokonaiskustannukset\n23 056 euroa',
      source: {
        title:
          'Onnistunut työ tekee hyvää: Akaan kaupungin lasten ja perheiden palvelujen henkilöstön työhyvinvoinnin kehittämishanke',
        publishedDate: '2016-05-31',
        url: null,
      },
    });
    expect(grant?.citations.map((c) => c.quote)).toContain(
      'Työsuojelurahaston päätös\n29.10.2014\n9 956 euroa',
    );
  });

  it('gives a comparison row’s inputs their citations', async () => {
    const data = dataOf(
      await api.gql<{
        compareMunicipalities: {
          rows: { explanation: { inputs: { citations: { quote: string; source: Source }[] }[] } }[];
        }[];
      }>(
        `{ compareMunicipalities(municipalities: ["851"], indicators: ["EXTERNAL_FUNDING"]) {
            rows { explanation { inputs { citations { quote source { title publishedDate url } } } } } } }`,
      ),
    );
    const quotes = data.compareMunicipalities[0]?.rows[0]?.explanation.inputs.flatMap((i) => i.citations);
    expect(quotes?.map((c) => c.quote)).toContain('(ESR-rahoituksen osuus 115 005 euroa)');
    expect(quotes?.[0]?.source.title).toBe('Perheille parasta – työniloa työntekijöille');
  });

  it('words every formula, input, note and indicator definition in Finnish as well as English', async () => {
    const data = dataOf(
      await api.gql<{
        compareMunicipalities: {
          indicator: { definition: string; definitionFi: string | null; sourceFi: string | null };
          rows: {
            note: string | null;
            noteFi: string | null;
            explanation: {
              formula: string;
              formulaFi: string | null;
              inputs: { label: string; labelFi: string | null }[];
            };
          }[];
        }[];
      }>(
        `{ compareMunicipalities(municipalities: ["020"], indicators: ["NET_OWN_CONTRIBUTION", "OUTCOMES_IMPROVED"]) {
            indicator { definition definitionFi sourceFi }
            rows { note noteFi explanation { formula formulaFi inputs { label labelFi } } } } }`,
      ),
    );
    const [net, improved] = data.compareMunicipalities;
    expect(net?.rows[0]?.explanation.formula).toBe(
      'Sum of net own contribution (own budget) over 2014, 2015, 2016',
    );
    expect(net?.rows[0]?.explanation.formulaFi).toBe(
      'kunnan nettorahoitus (oma budjetti), summa vuosilta 2014, 2015, 2016',
    );
    const akaa =
      'Onnistunut työ tekee hyvää: Akaan kaupungin lasten ja perheiden palvelujen henkilöstön työhyvinvoinnin kehittämishanke';
    expect(net?.rows[0]?.explanation.inputs.map((i) => i.labelFi)).toEqual([
      `${akaa}: kokonaiskustannukset (toteutunut)`,
      `${akaa}: ulkopuolinen avustus (TSR)`,
    ]);
    expect(net?.rows[0]?.noteFi).toBe(
      'Jätetty pois kohteet, joilta puuttuu summa tai tunnetut vuodet: 1 (ei raportoitu).',
    );
    expect(net?.indicator.definitionFi).toMatch(/^Kunnan oma osuus hankkeiden kustannuksista vähennettynä/);
    expect(net?.indicator.sourceFi).toMatch(/^Johdettu kuratoidusta aineistosta/);
    expect(improved?.rows[0]?.explanation.formulaFi).toMatch(
      /^Kunnan hankkeiden ja toimintamallien tulokset/,
    );
    expect(improved?.rows[0]?.noteFi).toBe('Raportoituja tuloksia: 9');
    // Gross, external, net of a project: the formula with Finnish number formats.
    const netRole = roles['020']?.netOwnCost as unknown as { formulaFi: string };
    expect(netRole.formulaFi).toBe(
      'bruttokustannus − ulkopuolinen rahoitus = 23\u00a0056\u00a0€ − 9\u00a0956\u00a0€ = 13\u00a0100\u00a0€',
    );
  });

  it('serves a project’s and a practice’s own cost roles', async () => {
    const data = dataOf(
      await api.gql<{
        projects: {
          edges: {
            node: { name: string; costRoles: { municipality: { code: string }; netOwnCost: Figure }[] };
          }[];
        };
        practices: { edges: { node: { costRoles: { externalFunding: Figure }[] } }[] };
      }>(
        `{ projects(filter: { municipalities: ["020"] }) { edges { node { name costRoles { municipality { code } netOwnCost { exact basis } } } } }
           practices(filter: { municipalities: ["211"] }) { edges { node { costRoles { externalFunding { exact knownZero } } } } } }`,
      ),
    );
    expect(data.projects.edges[0]?.node.costRoles).toEqual([
      { municipality: { code: '020' }, netOwnCost: { exact: '13100.00', basis: 'REALISED' } },
    ]);
    expect(data.practices.edges[0]?.node.costRoles).toEqual([
      { externalFunding: { exact: '0.00', knownZero: true } },
    ]);
  });

  it('marks Kangasala’s own budget as no external funder', async () => {
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: { fundings: Record<string, unknown>[] } }[] } }>(
        `{ practices(filter: { municipalities: ["211"] }) { edges { node {
            fundings { kind isExternal knownZero externalFunder { nameFi } exact } } } } }`,
      ),
    );
    expect(data.practices.edges[0]?.node.fundings).toEqual([
      { kind: 'NO_SEPARATE_FUNDING', isExternal: false, knownZero: true, externalFunder: null, exact: null },
    ]);
  });

  it('says what each date is and how exactly it is known', async () => {
    const data = dataOf(
      await api.gql<{
        projects: { edges: { node: { name: string; dates: Record<string, unknown>[] } }[] };
        practices: { edges: { node: { name: string; period: unknown; dates: Record<string, unknown>[] } }[] };
        outcomes: {
          edges: { node: { measuredAt: string | null; reportedAt: string | null; dates: unknown[] } }[];
        };
      }>(
        `{ projects(filter: { municipalities: ["851"] }) { edges { node { name dates { kind start end precision text } } } }
           practices(filter: { search: "2-vuotistapaaminen" }) { edges { node { name period { start } dates { kind precision text } } } }
           outcomes(filter: { municipalities: ["020"], domains: ["CORRECTIVE_SERVICES_COST"] }) { edges { node {
             measuredAt reportedAt dates { kind text citations { quote } } } } } }`,
      ),
    );
    expect(data.projects.edges[0]?.node.dates).toContainEqual({
      kind: 'PERIOD',
      start: '2015-01-01',
      end: '2018-12-31',
      precision: 'YEAR',
      text: '2015–2018',
    });
    const practice = data.practices.edges[0]?.node;
    expect(practice?.period).toBeNull();
    // The page's date is a page date, never a period.
    expect(practice?.dates).toEqual([
      { kind: 'PHASE_AS_OF', precision: 'DAY', text: '2019-10-17' },
      { kind: 'PAGE_DATE', precision: 'DAY', text: '2019-10-17' },
    ]);
    expect(data.outcomes.edges[0]?.node).toEqual({
      measuredAt: null,
      reportedAt: '2016-05-31',
      dates: [
        {
          kind: 'REPORTED',
          text: '2016-05-31',
          citations: [
            { quote: 'Lasten ja nuorten palveluissa tehdään työtä ripeällä otteella\n\n31.5.2016' },
          ],
        },
      ],
    });
  });

  it('labels every code in Finnish and English from one vocabulary, the evidence scale with levels', async () => {
    const data = dataOf(
      await api.gql<{
        codeLabels: {
          name: string;
          codes: { code: string; nameFi: string; nameEn: string; level: number | null }[];
        }[];
      }>('{ codeLabels { name codes { code nameFi nameEn level } } }'),
    );
    const list = (name: string) => data.codeLabels.find((l) => l.name === name)?.codes ?? [];
    expect(list('EvidenceType').map((c) => [c.level, c.nameFi])).toEqual([
      [0, 'ei vielä mitattu'],
      [1, 'kokemusperäinen tieto'],
      [2, 'henkilöstö- tai asiakaskysely'],
      [3, 'tilastot tai kustannustiedot lähtötasoon verrattuna'],
      [4, 'vertailuryhmä'],
    ]);
    expect(list('FundingKind').find((c) => c.code === 'NO_SEPARATE_FUNDING')?.nameFi).toBe(
      'ei erillisrahoitusta',
    );
    expect(list('CostKind').find((c) => c.code === 'TOTAL_BUDGET')?.nameFi).toBe('koko hankkeen budjetti');
    // Every enum value the schema serves for these lists has a label.
    const schema = await getSchema();
    for (const l of data.codeLabels) {
      const type = schema.getType(l.name);
      if (type && 'getValues' in type)
        expect(l.codes.map((c) => c.code).sort()).toEqual(
          type
            .getValues()
            .map((v) => v.name)
            .sort(),
        );
    }
    const bad = await api.gql('{ codeLabels(lists: ["Nope"]) { name } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lists[0]' });
  });

  it('has a Finnish summary for every outcome', async () => {
    const data = dataOf(
      await api.gql<{ outcomes: { totalCount: number; edges: { node: { summaryFi: string | null } }[] } }>(
        '{ outcomes(first: 100) { totalCount edges { node { summaryFi } } } }',
      ),
    );
    expect(data.outcomes.totalCount).toBe(28);
    expect(data.outcomes.edges.filter((e) => !e.node.summaryFi)).toEqual([]);
  });

  it('cites every sector and target group, and keeps Kangasala’s student-welfare aim apart', async () => {
    const data = dataOf(
      await api.gql<{
        practices: {
          edges: {
            node: {
              name: string;
              sectors: { code: string }[];
              sectorAims: { code: string }[];
              sectorLinks: { status: string; term: { code: string }; citations: { quote: string }[] }[];
              targetGroupLinks: { citations: { quote: string }[] }[];
              citations: { field: string | null; quote: string }[];
            };
          }[];
        };
        projects: {
          edges: {
            node: { sectorLinks: { citations: unknown[] }[]; targetGroupLinks: { citations: unknown[] }[] };
          }[];
        };
      }>(
        `{ practices(first: 100) { edges { node { name sectors { code } sectorAims { code }
             sectorLinks { status term { code } citations { quote } } targetGroupLinks { citations { quote } }
             citations { field quote } } } }
           projects(first: 100) { edges { node { sectorLinks { citations { quote } } targetGroupLinks { citations { quote } } } } } }`,
      ),
    );
    const links = [...data.practices.edges, ...data.projects.edges].flatMap((e) => [
      ...e.node.sectorLinks,
      ...e.node.targetGroupLinks,
    ]);
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((l) => !l.citations.length)).toEqual([]);
    const kangasala = data.practices.edges.find(
      (e) => e.node.name === 'Perheesi parhaaksi -toimintamalli',
    )?.node;
    expect(kangasala?.sectorAims).toEqual([{ code: 'STUDENT_WELFARE' }]);
    expect(kangasala?.sectors.map((s) => s.code)).not.toContain('STUDENT_WELFARE');
    expect(kangasala?.sectorLinks.find((l) => l.term.code === 'STUDENT_WELFARE')).toMatchObject({
      status: 'AIM',
      citations: [{ quote: expect.stringContaining('on tavoitteena juurruttaa') }],
    });
    expect(kangasala?.citations.find((c) => c.field === 'sectorAim:STUDENT_WELFARE')).toBeTruthy();
    const tornio = data.practices.edges.find(
      (e) => e.node.name === 'Lapsiperhetyön koordinaation kehittäminen',
    )?.node;
    expect(tornio?.citations.find((c) => c.field === 'organisationalChange')?.quote).toBe(
      'Kehittämistoimet johtavat vuoden 2017 alkuun. Silloin kaikki lapsiperheiden kotipalvelua ja perhetyötä Torniossa tekevät tahot siirtyivät organisaatiomuutoksessa sosiaalipalveluihin.',
    );
    const jarvenpaa = data.practices.edges.find((e) => e.node.name.startsWith('Puheeksiottava'))?.node;
    expect(jarvenpaa?.citations.find((c) => c.field === 'shortDescription')?.quote).toContain(
      'Kehitetään yhteneväinen kuuntelemisen ja puheeksioton toimintatapa',
    );
  });

  it('refuses an editor’s citation on a public record that names a person, and writes nothing', async () => {
    const ids = dataOf(
      await api.gql<{
        sources: { edges: { node: { id: string; key: string } }[] };
        projects: { edges: { node: { id: string; fundings: unknown[] } }[] };
      }>(
        '{ sources { edges { node { id key } } } projects(filter: { municipalities: ["020"] }) { edges { node { id fundings { id } } } } }',
      ),
    );
    const sourceId = ids.sources.edges.find((e) => e.node.key === 'akaa-onnistunut-tyo')?.node.id;
    const project = ids.projects.edges[0]?.node;
    const res = await api.gql(
      'mutation($i: CreateFundingLineInput!) { createFundingLine(input: $i) { id } }',
      {
        i: {
          projectId: project?.id,
          kind: 'EXTERNAL_GRANT',
          amount: 1,
          citations: [{ sourceId, quote: 'Pystymetsä Oy:n erityisasiantuntija HT Sirkka Rousu' }],
        },
      },
      EDITOR_KEY,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.citations[0].quote',
    });
    const after = dataOf(
      await api.gql<{ projects: { edges: { node: { fundings: unknown[] } }[] } }>(
        '{ projects(filter: { municipalities: ["020"] }) { edges { node { fundings { id } } } } }',
      ),
    );
    expect(after.projects.edges[0]?.node.fundings).toHaveLength(project?.fundings.length ?? -1);

    // The same line with the organisation's passage is written, with its basis.
    const ok = dataOf(
      await api.gql<{ createFundingLine: { basis: string; exact: string; id: string; version: number } }>(
        'mutation($i: CreateFundingLineInput!) { createFundingLine(input: $i) { id version basis exact } }',
        {
          i: {
            projectId: project?.id,
            kind: 'EXTERNAL_GRANT',
            amount: 0.1,
            basis: 'REALISED',
            citations: [{ sourceId, quote: 'Pystymetsä Oy' }],
          },
        },
        EDITOR_KEY,
      ),
    );
    expect(ok.createFundingLine).toMatchObject({ basis: 'REALISED', exact: '0.10' });
    dataOf(
      await api.gql(
        'mutation($i: DeleteInput!) { deleteFundingLine(input: $i) }',
        { i: { id: ok.createFundingLine.id, version: ok.createFundingLine.version } },
        EDITOR_KEY,
      ),
    );
  });

  // Every field an anonymous caller can reach within four levels of a root is read at least once. Each
  // object field is expanded below one path only (elsewhere it gives its own scalars), so the crawl is a
  // few hundred queries, not the product of every cycle (practice › parentProject › practices …).
  it('shows no person’s name or e-mail to an anonymous caller anywhere, every field to depth 4', async () => {
    const schema = await getSchema();
    const people = loadDataset().people;
    const needles = people.flatMap((p) => [p.name, p.name.split(/\s+/).at(-1) as string, p.email ?? '']);
    const words = needles.filter((n) => n.length >= 4).map((n) => n.toLowerCase());
    expect(words.length).toBeGreaterThan(15);
    const phrases = [
      'hankkeen asiantuntijana ja kehittämisen tukena toimii pystymetsä oy',
      'se laadittiin mäntsälä-pornaisissa',
    ];

    const denied = new Set<string>();
    const read = new Set<string>(); // "Type.field" keys answered without an error
    const found = new Set<string>(); // needles seen (must stay empty)
    const seenPhrases = new Set<string>();
    const tooCostly: string[] = [];
    let bytes = 0;
    let queries = 0;
    const run = async (prefix: string[], fields: Sel[], within: string[] = []): Promise<void> => {
      if (within.some((k) => denied.has(k))) return;
      const live = prune(fields, denied);
      const query = `{ ${prefix.map((p) => `${p} {`).join(' ')} __typename ${render(live)} ${'}'.repeat(prefix.length)} }`;
      queries++;
      expect(queries, 'the crawl stays bounded').toBeLessThan(1500);
      const res = await api.gql(query);
      // Over a limit (cost, tokens): too much for one query, so ask for each part on its own.
      const costly = res.errors?.some((e) => /The query may cost|more that \d+ tokens/.test(e.message));
      if (costly) {
        const objects = live.filter((x) => x.sub);
        if (!objects.length) {
          tooCostly.push(prefix.join(' > '));
          return;
        }
        const leaves = live.filter((f) => !f.sub);
        if (leaves.length) await run(prefix, leaves, within);
        for (const f of objects) await run([...prefix, f.head], f.sub as Sel[], [...within, f.key]);
        return;
      }
      const auth = (res.errors ?? []).filter((e) =>
        ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(e.extensions?.code)),
      );
      const other = (res.errors ?? []).filter((e) => !auth.includes(e));
      expect(other, `${prefix.join(' > ')}: ${JSON.stringify(other).slice(0, 500)}`).toEqual([]);
      if (auth.length) {
        const before = denied.size;
        for (const e of auth) denied.add(fieldKey(schema, e.path ?? []));
        expect(denied.size, `refused without a field: ${JSON.stringify(auth).slice(0, 300)}`).toBeGreaterThan(
          before,
        );
        return run(prefix, fields, within);
      }
      // Scanned as it arrives: the answers are not kept.
      const text = JSON.stringify(res.data).toLowerCase();
      bytes += text.length;
      for (const w of words) if (text.includes(w)) found.add(w);
      for (const p of phrases) if (text.includes(p)) seenPhrases.add(p);
      for (const k of [...within, ...keysOf(live)]) read.add(k);
    };
    const expanded = new Set<string>();
    const reachable = new Set<string>();
    for (const root of crawlRoots()) {
      const field = schema.getQueryType()?.getFields()[root.replace(/\(.*$/, '')] as GraphQLField<
        unknown,
        unknown
      >;
      const type = getNamedType(field.type);
      if (isLeafType(type)) continue;
      const fields = tree(type as GraphQLObjectType, 4, expanded);
      await run([root], fields);
      // What an anonymous caller may read below this root: all but the refused fields and what is inside them.
      for (const k of keysOf(prune(fields, denied))) reachable.add(k);
    }
    // The gated parts were asked for, and refused: contacts, people and full texts.
    expect([...denied].sort()).toEqual(
      expect.arrayContaining(['Practice.contacts', 'Project.contacts', 'Source.text']),
    );
    // Every reachable field that is not gated was read at least once; nothing was left out as too costly.
    expect(tooCostly).toEqual([]);
    const unread = [...reachable].filter((k) => !read.has(k) && !denied.has(k));
    expect(unread).toEqual([]);
    expect(reachable.size).toBeGreaterThan(300);
    expect(bytes).toBeGreaterThan(200_000);
    // The organisations, partners and places the expert's passages used to name were crawled.
    expect([...seenPhrases].sort()).toEqual([...phrases].sort());
    expect([...found]).toEqual([]);
  });
});

/** Root fields to crawl, with the arguments an anonymous user would give. */
function crawlRoots(): string[] {
  const codes = '["020", "851", "211", "186"]';
  return [
    'projects(first: 30)',
    'practices(first: 30)',
    'outcomes(first: 30)',
    'organisations(first: 30)',
    'sources(first: 30)',
    // The municipalities with records (the other 305 of the register hold only context figures).
    `municipalities(first: 30, codes: ${codes})`,
    ...['020', '851', '211', '186'].map((c) => `municipalityProfile(code: "${c}")`),
    `costRoles(municipalities: ${codes})`,
    `outcomeMatrix(municipalities: ${codes})`,
    `compareMunicipalities(municipalities: ${codes}, indicators: ["OWN_PROJECT_COST", "EXTERNAL_FUNDING", "NET_OWN_CONTRIBUTION", "EXTERNAL_FUNDING_SHARE", "OUTCOMES_IMPROVED"])`,
    'terms(vocabulary: SECTOR)',
    'codeLabels',
  ];
}

/** A field to select: its key ("Type.field"), the text to write, and its own selection (objects). */
interface Sel {
  key: string;
  head: string;
  sub: Sel[] | null;
}

/**
 * Every field reachable from a type, objects to `depth` levels below it; fields with required
 * arguments are left out (their roots are crawled with arguments of their own). An object field
 * already expanded elsewhere (`expanded`) gives only its own scalars here.
 */
function tree(type: GraphQLObjectType, depth: number, expanded: Set<string>): Sel[] {
  const out: Sel[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    const key = `${type.name}.${f.name}`;
    if (isLeafType(inner)) out.push({ key, head: f.name, sub: null });
    else if (depth > 0 && isObjectType(inner)) {
      const first = !expanded.has(key);
      expanded.add(key);
      out.push({
        key,
        head: f.name,
        sub: first ? tree(inner, depth - 1, expanded) : tree(inner, 0, expanded),
      });
    } else if (depth > 0) out.push({ key, head: f.name, sub: [] });
  }
  return out;
}

/** Every "Type.field" key in a selection. */
function keysOf(fields: Sel[]): string[] {
  return fields.flatMap((f) => [f.key, ...(f.sub ? keysOf(f.sub) : [])]);
}

/** The fields without those refused before ("Type.field"). */
function prune(fields: Sel[], denied: Set<string>): Sel[] {
  return fields
    .filter((f) => !denied.has(f.key))
    .map((f) => (f.sub ? { ...f, sub: prune(f.sub, denied) } : f));
}

function render(fields: Sel[]): string {
  return fields.map((f) => (f.sub ? `${f.head} { __typename ${render(f.sub)} }` : f.head)).join(' ');
}

/** "Type.field" of an error path such as ["projects", "edges", 0, "node", "contacts"]. */
function fieldKey(schema: GraphQLSchema, path: readonly (string | number)[]): string {
  let type: ReturnType<typeof getNamedType> | undefined = schema.getQueryType() ?? undefined;
  let key = '';
  for (const step of path) {
    if (typeof step === 'number' || !type || !isObjectType(type)) continue;
    const f: GraphQLField<unknown, unknown> | undefined = type.getFields()[step];
    if (!f) break;
    key = `${type.name}.${step}`;
    type = getNamedType(f.type);
  }
  return key;
}
