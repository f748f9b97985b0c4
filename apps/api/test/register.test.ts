import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

interface Found {
  municipalities: { totalCount: number; edges: { node: { code: string; nameFi: string } }[] };
}

describe.each(DRIVERS)('the national register (%s)', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(driver);
  });
  afterAll(() => api.close());

  const search = async (term: string, first = 5) =>
    dataOf(
      await api.gql<Found>(
        'query($s: String, $n: Int) { municipalities(search: $s, first: $n) { totalCount edges { node { code nameFi } } } }',
        { s: term, n: first },
      ),
    ).municipalities;

  it('holds all 309 municipalities of 2021, each with a region and an organiser', async () => {
    const data = dataOf(
      await api.gql<{
        municipalities: { totalCount: number };
        municipalityRegister: { code: string; regionCode: string; serviceOrganiser: { code: string } }[];
      }>(
        '{ municipalities { totalCount } municipalityRegister { code regionCode serviceOrganiser { code } } }',
      ),
    );
    expect(data.municipalities.totalCount).toBe(309);
    const nodes = data.municipalityRegister;
    expect(nodes).toHaveLength(309);
    expect(new Set(nodes.map((n) => n.regionCode)).size).toBe(19);
    const perOrganiser = new Map<string, number>();
    for (const n of nodes)
      perOrganiser.set(n.serviceOrganiser.code, (perOrganiser.get(n.serviceOrganiser.code) ?? 0) + 1);
    expect(perOrganiser.size).toBe(23);
    expect(perOrganiser.get('HELSINKI')).toBe(1);
    expect(perOrganiser.get('AHVENANMAA')).toBe(16);
    expect(perOrganiser.get('PI')).toBe(23);
  });

  it('models 21 counties, Helsinki organising its own services and Åland outside the reform', async () => {
    const data = dataOf(
      await api.gql<{
        serviceOrganisers: { code: string; kind: string; nameFi: string; shortNameSv: string }[];
      }>('{ serviceOrganisers { code kind nameFi shortNameSv } }'),
    );
    expect(data.serviceOrganisers.filter((o) => o.kind === 'WELLBEING_SERVICES_COUNTY')).toHaveLength(21);
    expect(data.serviceOrganisers.filter((o) => o.kind !== 'WELLBEING_SERVICES_COUNTY')).toEqual([
      { code: 'AHVENANMAA', kind: 'ALAND', nameFi: 'Ahvenanmaan maakunta', shortNameSv: 'Åland' },
      {
        code: 'HELSINKI',
        kind: 'CITY_OF_HELSINKI',
        nameFi: 'Helsingin kaupunki',
        shortNameSv: 'Helsingfors',
      },
    ]);
    const helsinki = dataOf(
      await api.gql<{ municipality: Record<string, unknown> }>(
        '{ municipality(code: "091") { nameSv region wellbeingServicesCounty serviceOrganiser { kind } citations { quote source { fileName } } } }',
      ),
    ).municipality;
    expect(helsinki).toMatchObject({
      nameSv: 'Helsingfors',
      region: 'Uusimaa',
      wellbeingServicesCounty: null,
      serviceOrganiser: { kind: 'CITY_OF_HELSINKI' },
    });
    expect(helsinki.citations).toEqual([
      {
        quote: '{"name_sv":"Helsingfors","name_fi":"Helsinki","id":"091","population":656920,"hva_id":""}',
        source: { fileName: 'finland-municipalities-2021.topo.json' },
      },
      {
        quote: `"'091'";"Helsinki";"'01'";"Uusimaa";;;`,
        source: { fileName: 'municipality-regions-2021.csv' },
      },
    ]);
    const aland = dataOf(
      await api.gql<Found>(
        '{ municipalities(serviceOrganiser: "AHVENANMAA", first: 3) { totalCount edges { node { code nameFi } } } }',
      ),
    ).municipalities;
    expect(aland.totalCount).toBe(16);
    expect(aland.edges.map((e) => e.node.nameFi)).toEqual(['Brändö', 'Eckerö', 'Finström']);
  });

  it('finds a municipality by Finnish or Swedish name, any case or accents, inflected, or by code', async () => {
    for (const term of ['Tornio', 'Torneå', 'tornea', 'TORNIOON', 'Tornion kaupunki', 'Torneås', '851'])
      expect((await search(term)).edges[0]?.node, term).toEqual({ code: '851', nameFi: 'Tornio' });
    expect((await search('Tornio')).edges.map((e) => e.node.nameFi)).toEqual(['Tornio', 'Ylitornio']);
    for (const [term, code] of <[string, string][]>[
      ['Lempäälän kunta', '418'],
      ['Vantaalla', '092'],
      ['Pietarsaaressa', '598'],
      ['Jakobstad', '598'],
      ['jarvenpaa', '186'],
      ['Helsingissä', '091'],
      ['Mariehamn', '478'],
      ['Pedersöre', '599'],
    ])
      expect((await search(term)).edges[0]?.node.code, term).toBe(code);
    expect((await search('Pirkanmaa', 100)).totalCount).toBe(23);
    expect((await search('ei mikään kunta')).totalCount).toBe(0);
  });

  it('gives the municipalities with development work (the default comparison set) and the given codes', async () => {
    const withWork = dataOf(
      await api.gql<Found>(
        '{ municipalities(withDevelopmentWork: true) { totalCount edges { node { code nameFi } } } }',
      ),
    ).municipalities;
    expect(withWork.edges.map((e) => e.node.nameFi)).toEqual(['Akaa', 'Järvenpää', 'Kangasala', 'Tornio']);
    const without = dataOf(
      await api.gql<Found>('{ municipalities(withDevelopmentWork: false, first: 1) { totalCount } }'),
    ).municipalities;
    expect(without.totalCount).toBe(305);
    const chosen = dataOf(
      await api.gql<{ municipalities: { edges: { node: { code: string; hasDevelopmentWork: boolean } }[] } }>(
        '{ municipalities(codes: ["851", "091", "976"]) { edges { node { code hasDevelopmentWork } } } }',
      ),
    ).municipalities.edges.map((e) => e.node);
    expect(chosen).toEqual([
      { code: '091', hasDevelopmentWork: false },
      { code: '851', hasDevelopmentWork: true },
      { code: '976', hasDevelopmentWork: false },
    ]);
  });

  it('has a 2020 population for every municipality and the collected years beside it', async () => {
    const values = dataOf(
      await api.gql<{
        compareMunicipalities: {
          rows: { municipality: { code: string }; value: number | null; rank: number | null }[];
        }[];
      }>(
        '{ compareMunicipalities(municipalities: ["851", "091", "766"], indicators: ["POPULATION"], years: { from: 2020, to: 2020 }) { rows { municipality { code } value rank } } }',
      ),
    ).compareMunicipalities[0]?.rows;
    expect(values?.map((r) => [r.municipality.code, r.value])).toEqual(
      expect.arrayContaining([
        ['091', 656920],
        ['851', 21467],
        ['766', 101],
      ]),
    );
  });
});
