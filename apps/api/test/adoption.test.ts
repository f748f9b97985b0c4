import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, DRIVERS, dataOf, type TestApi } from './harness';

interface Estimate {
  practice: { name: string };
  municipality: { nameFi: string };
  homeMunicipality: { nameFi: string };
  development: { low: string; high: string } | null;
  running: { low: string; high: string } | null;
  populationBase: string;
  homePopulation: { municipalityCode: string; year: number; value: number; source: string | null } | null;
  targetPopulation: { municipalityCode: string; year: number; value: number } | null;
  known: {
    kind: string;
    label: string;
    amount: string | null;
    basis: string | null;
    citations: { quote: string }[];
  }[];
  assumptions: {
    code: string;
    method: string;
    lowPercent: number | null;
    highPercent: number | null;
    isDefault: boolean;
    options: string[];
  }[];
  steps: {
    kind: string;
    formula: string;
    result: { low: string; high: string } | null;
    inputs: {
      label: string;
      value: string;
      unit: string;
      recordId: string | null;
      citations: { quote: string; source: { title: string } }[];
    }[];
  }[];
  missing: { code: string; message: string }[];
}

const ESTIMATE = `query($p: ID!, $m: String!, $a: AdoptionAssumptionsInput) {
  adoptionEstimate(practice: $p, municipality: $m, assumptions: $a) {
    practice { name } municipality { nameFi } homeMunicipality { nameFi }
    development { low high } running { low high } populationBase
    homePopulation { municipalityCode year value source } targetPopulation { municipalityCode year value }
    known { kind label amount basis citations { quote } }
    assumptions { code method lowPercent highPercent isDefault options }
    steps { kind formula result { low high } inputs { label value unit recordId citations { quote source { title } } } }
    missing { code message }
  }
}`;

describe.each(DRIVERS)('adoption estimate on %s', (driver) => {
  let api: TestApi;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await createTestApi(driver);
    const data = dataOf(
      await api.gql<{ practices: { edges: { node: { id: string; name: string } }[] } }>(
        '{ practices(first: 50) { edges { node { id name } } } }',
      ),
    );
    for (const { node } of data.practices.edges) ids[node.name.slice(0, 20)] = node.id;
  });
  afterAll(() => api.close());

  const estimate = async (practice: string, municipality: string, a?: Record<string, unknown>) =>
    dataOf(await api.gql<{ adoptionEstimate: Estimate }>(ESTIMATE, { p: ids[practice], m: municipality, a }))
      .adoptionEstimate;

  it('Tornio’s 2-year visit for Kangasala: 220 395 € ÷ 5 lines, scaled by population, 44 079–67 286.41 €', async () => {
    const e = await estimate('2-vuotistapaaminen n', '211');
    expect(e.practice.name).toMatch(/^2-vuotistapaaminen/);
    expect(e.homeMunicipality.nameFi).toBe('Tornio');
    expect(e.municipality.nameFi).toBe('Kangasala');
    expect(e.development).toEqual({ low: '44079.00', high: '67286.41' });
    expect(e.populationBase).toBe('WHOLE_POPULATION');
    expect(e.homePopulation).toMatchObject({ municipalityCode: '851', year: 2017, value: 21928 });
    expect(e.homePopulation?.source).toContain('Statistics Finland');
    expect(e.targetPopulation).toEqual({ municipalityCode: '211', year: 2023, value: 33473 });
    expect(e.steps.map((s) => s.kind)).toEqual([
      'PARENT_COST',
      'SHARE_OF_PARENT',
      'POPULATION_BASE',
      'SCALED_COST',
    ]);
    const cost = e.steps[0]?.inputs[0];
    expect(cost).toMatchObject({ value: '220395.00', unit: 'EUR' });
    expect(cost?.citations.map((c) => c.quote)).toContain('josta Tornion osuus 220 395 euroa');
    expect(cost?.citations[0]?.source.title).toBe('Perheille parasta – työniloa työntekijöille');
    const lines = e.steps[1]?.inputs[1];
    expect(lines).toMatchObject({ value: '5', unit: 'SHARE' });
    expect(lines?.citations.map((c) => c.quote)).toContain(
      'Kokeiluun valitut ja käynnistyneet kehittämislinjat ovat koulunuorisotyö',
    );
    expect(e.steps[1]?.result).toEqual({ low: '44079.00', high: '44079.00' });
    // Reported figures are listed apart from the estimate, each with its passage.
    expect(e.known.map((k) => [k.kind, k.amount, k.basis])).toEqual([
      ['PARENT_COST', '414583.00', 'ESTIMATE'],
      ['PARENT_COST', '220395.00', 'ESTIMATE'],
      ['EXTERNAL_FUNDING', '115005.00', null],
      ['DEVELOPMENT_LINES', null, null],
      ['RUNNING_COST_STATEMENT', null, null],
    ]);
    expect(e.known[4]?.citations[0]?.quote).toContain('lisäkustannuksia synnyttää kotikäynnin vaatima aika');
    expect(e.running).toBeNull();
    expect(e.missing.map((m) => m.code)).toEqual(['NO_RUNNING_COST_FIGURE']);
    expect(e.assumptions.map((a) => [a.code, a.method, a.lowPercent, a.highPercent, a.isDefault])).toEqual([
      ['POPULATION_BASE', 'WHOLE_POPULATION', null, null, true],
      ['PARENT_SHARE', 'EQUAL_SPLIT', 20, 20, true],
      ['FIXED_PART', 'FIXED_RANGE', 0, 100, true],
      ['PRICE_LEVEL', 'NOT_ADJUSTED', null, null, true],
    ]);
    expect(e.assumptions[0]?.options).toEqual([
      'FAMILIES_UNDER_SCHOOL_AGE',
      'CHILDREN_0_17',
      'WHOLE_POPULATION',
    ]);
  });

  it('the user’s assumptions change the range, and are reported as set', async () => {
    const e = await estimate('2-vuotistapaaminen n', '211', {
      parentShare: 'USER_SET',
      parentShareLowPercent: 10,
      parentShareHighPercent: 30,
      fixedLowPercent: 25,
      fixedHighPercent: 25,
    });
    expect(e.development).toEqual({ low: '30742.27', high: '92226.84' });
    expect(e.assumptions.find((a) => a.code === 'PARENT_SHARE')).toMatchObject({
      method: 'USER_SET',
      lowPercent: 10,
      highPercent: 30,
      isDefault: false,
    });
  });

  it('Akaa’s model for Tornio: the whole realised 23 056 €, scaled 17 043 (2015) → 20 959 (2023)', async () => {
    const e = await estimate('Akaan kaupungin laps', '851');
    expect(e.development).toEqual({ low: '23056.00', high: '28353.62' });
    expect(e.steps[0]?.inputs[0]).toMatchObject({ value: '23056.00' });
    expect(e.homePopulation).toMatchObject({ year: 2015, value: 17043 });
  });

  it('“no separate funding” and an unstated grant: cannot be estimated, and says why', async () => {
    const kangasala = await estimate('Perheesi parhaaksi -', '851');
    expect(kangasala.development).toBeNull();
    expect(kangasala.steps).toEqual([]);
    expect(kangasala.missing[0]?.code).toBe('COST_NOT_REPORTED_NO_SEPARATE_FUNDING');
    expect(kangasala.known.map((k) => k.kind)).toEqual(['NO_SEPARATE_FUNDING']);
    expect(kangasala.known[0]?.citations[0]?.quote).toContain('ei ollut erillisrahoitusta');
    const jarvenpaa = await estimate('Puheeksiottava kunta', '020');
    expect(jarvenpaa.development).toBeNull();
    expect(jarvenpaa.missing[0]).toMatchObject({ code: 'GRANT_AMOUNT_UNKNOWN' });
    expect(jarvenpaa.missing[0]?.message).toContain('STM');
  });

  it('a base without figures is said, not guessed', async () => {
    const e = await estimate('2-vuotistapaaminen n', '211', { populationBase: 'CHILDREN_0_17' });
    expect(e.development).toBeNull();
    expect(e.missing.map((m) => m.code)).toEqual([
      'NO_HOME_POPULATION',
      'NO_TARGET_POPULATION',
      'NO_RUNNING_COST_FIGURE',
    ]);
  });

  it('refuses bad input with the field named', async () => {
    const err = async (vars: Record<string, unknown>) =>
      (await api.gql(ESTIMATE, { p: ids['2-vuotistapaaminen n'], m: '211', ...vars })).errors?.[0]
        ?.extensions;
    expect(await err({ a: { fixedLowPercent: 120 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'assumptions.fixedLowPercent',
    });
    expect(
      await err({ a: { parentShare: 'USER_SET', parentShareLowPercent: 40, parentShareHighPercent: 20 } }),
    ).toMatchObject({
      field: 'assumptions.parentShareHighPercent',
    });
    expect(await err({ m: '999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipality' });
    expect(await err({ m: 'Tornio' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipality' });
    expect(await err({ p: 'UHJvamVjdDox' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practice' });
    expect(await err({ p: 'UHJhY3RpY2U6OTk5OTk' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names what it did not find: the practice by its id, the municipality by its code', async () => {
    const first = async (vars: Record<string, unknown>) =>
      (await api.gql(ESTIMATE, { p: ids['2-vuotistapaaminen n'], m: '211', ...vars })).errors?.[0];
    const practice = await first({ p: 'UHJhY3RpY2U6OTk5OTk' });
    expect(practice?.message).toBe('Practice UHJhY3RpY2U6OTk5OTk was not found.');
    expect(practice?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      type: 'Practice',
      id: 'UHJhY3RpY2U6OTk5OTk',
    });
    const municipality = await first({ m: '999' });
    expect(municipality?.message).toBe('municipality: no municipality 999.');
  });
});
