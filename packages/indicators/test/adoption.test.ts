import { describe, expect, it } from 'vitest';
import {
  type AdoptionInput,
  AdoptionInputError,
  adoptionEstimate,
  basesForTargetGroups,
  basisPoints,
  centsText,
  type PopulationFigure,
  scaledRange,
} from '../src';

type C = { quote: string };
const pop = (municipalityCode: string, year: number, value: number): PopulationFigure => ({
  municipalityCode,
  year,
  value,
  source: 'Statistics Finland',
  recordId: null,
});
const noBases = { FAMILIES_UNDER_SCHOOL_AGE: [], CHILDREN_0_17: [], WHOLE_POPULATION: [] };
const population = {
  ...noBases,
  WHOLE_POPULATION: [
    pop('851', 2014, 22322),
    pop('851', 2015, 22199),
    pop('851', 2016, 22117),
    pop('851', 2017, 21928),
    pop('851', 2021, 21333),
    pop('851', 2023, 20959),
    pop('211', 2021, 32622),
    pop('211', 2023, 33473),
    pop('020', 2015, 17043),
    pop('020', 2020, 16391),
  ],
};

/** Tornio's 2-year visit, developed as one of five lines of Perheille parasta (Tornio's share 220 395 €). */
const twoYearVisit = (): AdoptionInput<C> => ({
  practice: {
    id: 11,
    name: '2-vuotistapaaminen',
    municipalityCode: '851',
    municipalityCodes: ['851'],
    targetGroups: ['TWO_YEAR_OLDS', 'FAMILIES_WITH_CHILDREN'],
    start: null,
    end: null,
    costs: [],
    fundings: [],
  },
  parent: {
    id: 1,
    name: 'Perheille parasta',
    municipalityCodes: ['851'],
    start: '2015-01-01',
    end: '2018-12-31',
    costs: [
      {
        recordType: 'CostItem',
        recordId: 1,
        kind: 'TOTAL_BUDGET',
        basis: 'ESTIMATE',
        amount: 414583,
        municipalityCode: null,
        citations: [{ quote: 'Kustannusarvio: 414 583 euroa' }],
      },
      {
        recordType: 'CostItem',
        recordId: 2,
        kind: 'MUNICIPALITY_SHARE',
        basis: 'ESTIMATE',
        amount: 220395,
        municipalityCode: '851',
        citations: [{ quote: 'josta Tornion osuus 220 395 euroa' }],
      },
    ],
    fundings: [
      {
        recordType: 'FundingLine',
        recordId: 7,
        kind: 'EXTERNAL_GRANT',
        amount: 115005,
        funderName: 'ESR',
        recipientCode: '851',
        citations: [{ quote: '(ESR-rahoituksen osuus 115 005 euroa)' }],
      },
    ],
    developmentLines: [
      { id: 10, name: 'Koulunuorisotyö' },
      { id: 11, name: '2-vuotistapaaminen' },
      { id: 12, name: 'Lapsiperhetyön koordinaatio' },
      { id: 13, name: 'Verkostotyö' },
      { id: 14, name: 'Monialainen asiantuntijatiimi' },
    ],
    practices: [],
    linesCitations: [{ quote: 'Kokeiluun valitut ja käynnistyneet kehittämislinjat ovat' }],
  },
  statements: [
    {
      recordType: 'Outcome',
      recordId: 30,
      summary: 'The home visit’s time adds costs; two services at once bring synergy and savings.',
      amount: null,
      citations: [{ quote: 'lisäkustannuksia synnyttää kotikäynnin vaatima aika' }],
    },
  ],
  home: { code: '851', name: 'Tornio' },
  target: { code: '211', name: 'Kangasala' },
  population,
});

describe('adoption estimate', () => {
  it('Tornio’s 2-year visit for Kangasala: 220 395 € ÷ 5, scaled 21 928 → 33 473, fixed part 0–100 %', () => {
    const e = adoptionEstimate(twoYearVisit());
    // All fixed: 22 039 500 c ÷ 5 = 4 407 900 c. All scaling: 4 407 900 × 33 473 ÷ 21 928 = 6 728 640.3… c.
    expect(e.development).toEqual({ low: { cents: 4407900 }, high: { cents: 6728641 } });
    expect(centsText(e.development?.high.cents ?? 0)).toBe('67286.41');
    expect(e.steps.map((s) => s.kind)).toEqual([
      'PARENT_COST',
      'SHARE_OF_PARENT',
      'POPULATION_BASE',
      'SCALED_COST',
    ]);
    const share = e.steps[1];
    expect(share?.formula).toBe('220395.00 € × 1/5 (equal split among 5 development lines) = 44079.00 €');
    expect(share?.inputs[0]?.citations).toEqual([{ quote: 'josta Tornion osuus 220 395 euroa' }]);
    // Home figure from the project's years (last year with a figure: 2017), target's latest (2023).
    expect(e.homePopulation).toMatchObject({ year: 2017, value: 21928 });
    expect(e.targetPopulation).toMatchObject({ year: 2023, value: 33473 });
    // The target groups fit families with children under school age best; the data set has no such
    // figures, and 0–17 figures are missing too: the whole population is used, and it says so.
    expect(e.populationBase).toBe('WHOLE_POPULATION');
    const base = e.assumptions.find((a) => a.code === 'POPULATION_BASE');
    expect(base?.options).toEqual(['FAMILIES_UNDER_SCHOOL_AGE', 'CHILDREN_0_17', 'WHOLE_POPULATION']);
    expect(base?.explanation).toContain('fit FAMILIES_UNDER_SCHOOL_AGE best');
    expect(e.assumptions.find((a) => a.code === 'PARENT_SHARE')).toMatchObject({
      method: 'EQUAL_SPLIT',
      lowPercent: 20,
      highPercent: 20,
      isDefault: true,
    });
    expect(e.assumptions.find((a) => a.code === 'FIXED_PART')).toMatchObject({
      lowPercent: 0,
      highPercent: 100,
    });
  });

  it('keeps reported figures apart from the estimate, and says running cost in words', () => {
    const e = adoptionEstimate(twoYearVisit());
    expect(e.known.map((k) => [k.kind, k.amount?.cents ?? null])).toEqual([
      ['PARENT_COST', 41458300],
      ['PARENT_COST', 22039500],
      ['EXTERNAL_FUNDING', 11500500],
      ['DEVELOPMENT_LINES', null],
      ['RUNNING_COST_STATEMENT', null],
    ]);
    expect(e.known[4]?.citations[0]?.quote).toBe('lisäkustannuksia synnyttää kotikäynnin vaatima aika');
    expect(e.running).toBeNull();
    expect(e.missing.map((m) => m.code)).toEqual(['NO_RUNNING_COST_FIGURE']);
    expect(e.missing[0]?.message).toContain('in words only');
  });

  it('a user-set share of 10–30 % and a fixed part of 25 % give the hand-computed range', () => {
    const e = adoptionEstimate(twoYearVisit(), {
      parentShare: { method: 'USER_SET', lowPercent: 10, highPercent: 30 },
      fixedPercent: { low: 25, high: 25 },
    });
    // 22 039 500 × 0.10 × (0.25 + 0.75 × 33 473 ÷ 21 928) = 3 074 227.6… ; × 0.30 = 9 222 683.0…
    expect(e.development).toEqual({ low: { cents: 3074227 }, high: { cents: 9222684 } });
    expect(e.assumptions.find((a) => a.code === 'PARENT_SHARE')).toMatchObject({
      method: 'USER_SET',
      lowPercent: 10,
      highPercent: 30,
      isDefault: false,
    });
  });

  it('a practice that is its project’s only result carries the whole realised cost (Akaa → Tornio)', () => {
    const input: AdoptionInput<C> = {
      ...twoYearVisit(),
      practice: { ...twoYearVisit().practice, id: 20, municipalityCode: '020', municipalityCodes: ['020'] },
      parent: {
        id: 2,
        name: 'Onnistunut työ',
        municipalityCodes: ['020'],
        start: '2014-09-29',
        end: '2016-05-31',
        costs: [
          {
            recordType: 'CostItem',
            recordId: 3,
            kind: 'TOTAL_COSTS',
            basis: 'REALISED',
            amount: 23056,
            municipalityCode: '020',
            citations: [],
          },
        ],
        fundings: [],
        developmentLines: [],
        practices: [{ id: 20, name: 'Akaan lapsiperhetyön toimintamalli' }],
        linesCitations: [],
      },
      statements: [],
      home: { code: '020', name: 'Akaa' },
      target: { code: '851', name: 'Tornio' },
    };
    const e = adoptionEstimate(input);
    // 2 305 600 c × 20 959 (Tornio 2023) ÷ 17 043 (Akaa 2015, inside 2014–2016) = 2 835 361.5… c
    expect(e.development).toEqual({ low: { cents: 2305600 }, high: { cents: 2835362 } });
    expect(e.steps[1]?.formula).toContain('× 1/1 (equal split among 1 practices developed in the project)');
    expect(e.homePopulation?.year).toBe(2015);
    expect(e.missing.map((m) => m.code)).toEqual(['NO_RUNNING_COST_FIGURE']);
    expect(e.missing[0]?.message).toContain('say nothing');
  });

  it('uses the nearest year only when the period has none, and says so', () => {
    const input = twoYearVisit();
    if (input.parent) input.parent = { ...input.parent, start: '2018-01-01', end: '2019-12-31' };
    const e = adoptionEstimate(input);
    expect(e.homePopulation?.year).toBe(2017);
    expect(e.steps[2]?.inputs[0]?.label).toContain('no figure for 2018–2019; nearest year 2017 used');
  });

  it('“no separate funding”: the cost exists but is not reported — cannot be estimated', () => {
    const input: AdoptionInput<C> = {
      ...twoYearVisit(),
      practice: {
        ...twoYearVisit().practice,
        municipalityCode: '211',
        municipalityCodes: ['211'],
        fundings: [
          {
            recordType: 'FundingLine',
            recordId: 9,
            kind: 'NO_SEPARATE_FUNDING',
            amount: null,
            funderName: 'Kangasalan kaupunki',
            recipientCode: '211',
            citations: [{ quote: 'Toiminnan kehittämiselle ei ollut erillisrahoitusta' }],
          },
        ],
      },
      parent: null,
      statements: [],
      home: { code: '211', name: 'Kangasala' },
      target: { code: '851', name: 'Tornio' },
    };
    const e = adoptionEstimate(input);
    expect(e.development).toBeNull();
    expect(e.steps).toEqual([]);
    expect(e.missing.map((m) => m.code)).toEqual([
      'COST_NOT_REPORTED_NO_SEPARATE_FUNDING',
      'NO_RUNNING_COST_FIGURE',
    ]);
    expect(e.known).toMatchObject([{ kind: 'NO_SEPARATE_FUNDING', amount: null }]);
  });

  it('a grant without an amount, or nothing at all, is named as what is missing', () => {
    const base = { ...twoYearVisit(), parent: null, statements: [] };
    const grant = adoptionEstimate<C>({
      ...base,
      practice: {
        ...base.practice,
        fundings: [
          {
            recordType: 'FundingLine',
            recordId: 5,
            kind: 'EXTERNAL_GRANT',
            amount: null,
            funderName: 'STM',
            recipientCode: '851',
            citations: [],
          },
        ],
      },
    });
    expect(grant.missing[0]).toMatchObject({ code: 'GRANT_AMOUNT_UNKNOWN' });
    expect(grant.missing[0]?.message).toContain('STM');
    expect(adoptionEstimate<C>(base).missing[0]?.code).toBe('NO_COST_REPORTED');
  });

  it('a missing target figure, or a base the data set lacks, is said and never guessed', () => {
    const noTarget = adoptionEstimate({ ...twoYearVisit(), target: { code: '837', name: 'Tampere' } });
    expect(noTarget.development).toBeNull();
    expect(noTarget.missing.map((m) => m.code)).toContain('NO_TARGET_POPULATION');
    expect(noTarget.steps.map((s) => s.kind)).toEqual(['PARENT_COST', 'SHARE_OF_PARENT']);
    const families = adoptionEstimate(twoYearVisit(), { populationBase: 'FAMILIES_UNDER_SCHOOL_AGE' });
    expect(families.development).toBeNull();
    expect(families.missing[0]).toMatchObject({ code: 'BASE_NOT_IN_DATASET' });
  });

  it('scales a running-cost figure when a document gives one', () => {
    const input = twoYearVisit();
    input.statements = [
      { recordType: 'Outcome', recordId: 31, summary: 'yearly', amount: 1000, citations: [] },
    ];
    const e = adoptionEstimate(input);
    // 100 000 c × 33 473 ÷ 21 928 = 152 649.6… c
    expect(e.running).toEqual({ low: { cents: 100000 }, high: { cents: 152650 } });
  });

  it('refuses assumptions out of range with the field named', () => {
    const err = (a: Parameters<typeof adoptionEstimate>[1]) => {
      try {
        adoptionEstimate(twoYearVisit(), a);
      } catch (e) {
        return e instanceof AdoptionInputError ? e.field : 'other';
      }
      return null;
    };
    expect(err({ fixedPercent: { low: 120, high: 130 } })).toBe('assumptions.fixedPercent.low');
    expect(err({ fixedPercent: { low: 60, high: 40 } })).toBe('assumptions.fixedPercent.high');
    expect(err({ parentShare: { method: 'USER_SET', lowPercent: 12.345, highPercent: 20 } })).toBe(
      'assumptions.parentShare.lowPercent',
    );
    expect(err({ parentShare: { method: 'USER_SET', lowPercent: 0, highPercent: 20 } })).toBe(
      'assumptions.parentShare.lowPercent',
    );
    expect(err({ populationBase: 'CATS' as never })).toBe('assumptions.populationBase');
  });

  it('helpers: exact cents, basis points, bases from target groups, the corner rule', () => {
    expect(centsText(22039500)).toBe('220395.00');
    expect(centsText(5)).toBe('0.05');
    expect(basisPoints(12.5, 'x')).toBe(1250);
    expect(basesForTargetGroups(['STAFF'])).toEqual(['WHOLE_POPULATION']);
    expect(basesForTargetGroups(['YOUNG_PEOPLE'])).toEqual(['CHILDREN_0_17', 'WHOLE_POPULATION']);
    // A smaller target: all scaling is the low end. 1 000 € × 500 ÷ 1 000 = 500 €.
    expect(
      scaledRange(
        100000,
        [
          { num: 1n, den: 1n },
          { num: 1n, den: 1n },
        ],
        [0, 10000],
        1000,
        500,
      ),
    ).toEqual({ low: { cents: 50000 }, high: { cents: 100000 } });
  });
});
