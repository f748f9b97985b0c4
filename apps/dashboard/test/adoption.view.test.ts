import { describe, expect, it } from 'vitest';
import {
  adoptionView,
  assumptionsFromParams,
  assumptionsInput,
  euroRange,
} from '../src/components/adoption.view';
import type { AdoptionEstimateQuery } from '../src/graphql/generated';

const cite = (quote: string) => ({ quote, source: { title: 'Perheille parasta – työniloa työntekijöille' } });
const estimate: AdoptionEstimateQuery['adoptionEstimate'] = {
  homeMunicipality: { code: '851', nameFi: 'Tornio' },
  municipality: { code: '211', nameFi: 'Kangasala' },
  development: { low: '44079.00', high: '67286.41' },
  running: null,
  populationBase: 'WHOLE_POPULATION',
  homePopulation: { municipalityCode: '851', year: 2017, value: 21928, source: 'Statistics Finland' },
  targetPopulation: { municipalityCode: '211', year: 2023, value: 33473, source: 'Statistics Finland' },
  known: [
    {
      kind: 'PARENT_COST',
      label: 'x',
      amount: '220395.00',
      basis: 'ESTIMATE',
      citations: [cite('josta Tornion osuus 220 395 euroa')],
    },
    {
      kind: 'RUNNING_COST_STATEMENT',
      label: 'The home visit adds time.',
      amount: null,
      basis: null,
      citations: [],
    },
  ],
  assumptions: [
    {
      code: 'POPULATION_BASE',
      method: 'WHOLE_POPULATION',
      lowPercent: null,
      highPercent: null,
      isDefault: true,
      explanation: '',
      options: [],
    },
    {
      code: 'PARENT_SHARE',
      method: 'EQUAL_SPLIT',
      lowPercent: 20,
      highPercent: 20,
      isDefault: true,
      explanation: '',
      options: [],
    },
    {
      code: 'FIXED_PART',
      method: 'FIXED_RANGE',
      lowPercent: 0,
      highPercent: 100,
      isDefault: true,
      explanation: '',
      options: [],
    },
  ],
  steps: [
    {
      kind: 'PARENT_COST',
      formula: '',
      result: { low: '220395.00', high: '220395.00' },
      assumptions: [],
      inputs: [
        {
          label: '',
          value: '220395.00',
          unit: 'EUR',
          citations: [cite('josta Tornion osuus 220 395 euroa')],
          source: null,
        },
      ],
    },
    {
      kind: 'SHARE_OF_PARENT',
      formula: '',
      result: { low: '44079.00', high: '44079.00' },
      assumptions: [],
      inputs: [
        { label: '', value: '220395.00', unit: 'EUR', citations: [], source: null },
        { label: '', value: '5', unit: 'SHARE', citations: [], source: null },
      ],
    },
    {
      kind: 'POPULATION_BASE',
      formula: '',
      result: null,
      assumptions: [],
      inputs: [
        { label: '', value: '21928', unit: 'PERSONS', citations: [], source: 'Statistics Finland' },
        { label: '', value: '33473', unit: 'PERSONS', citations: [], source: 'Statistics Finland' },
      ],
    },
    {
      kind: 'SCALED_COST',
      formula: '',
      result: { low: '44079.00', high: '67286.41' },
      assumptions: [],
      inputs: [],
    },
  ],
  missing: [{ code: 'NO_RUNNING_COST_FIGURE', message: 'Running cost cannot be estimated: in words only.' }],
};

/** fi-FI groups digits with a no-break space: compared as plain spaces. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/[\u00a0\u202f]/g, ' '));

describe('adoption view model', () => {
  it('words every step in Finnish from the parts, the range rounded outwards to whole euros', () => {
    const v = plain(adoptionView(estimate, 'fi'));
    expect(v.development).toBe('44 079 – 67 287 €');
    expect(v.running).toBeNull();
    expect(v.steps.map((s) => s.text)).toEqual([
      'Emohankkeen kustannus kehittäjäkunnalle (arvio): 220 395 €',
      'Mallin osuus: 220 395 € × 1/5 (tasajako 5 kehittämislinjan kesken) = 44 079 €',
      'Väestöpohja (koko väestö): Tornio 21 928 (2017) → Kangasala 33 473 (2023), suhde 1,5265',
      'Skaalattu: osuus × (f + (1 − f) × suhde), kiinteä osa f = 0–100 %: 44 079 – 67 287 €',
    ]);
    expect(v.missing).toEqual([
      'Käyttökustannusta ei voida arvioida: lähteet kertovat siitä vain sanallisesti tai eivät lainkaan.',
    ]);
    expect(v.known[0]).toMatchObject({ label: 'Emohankkeen kustannus (arvio)', amount: '220 395 €' });
    // The CSV keeps the exact cents and writes the assumptions in.
    expect(v.csv.rows[0]).toEqual([
      'arvio',
      'Kehittämiskustannus: Tornio → Kangasala',
      '44079.00–67286.41 EUR',
      '',
    ]);
    expect(v.csv.rows).toContainEqual([
      'oletus',
      'Osuus emohankkeen kustannuksista',
      'Tasajako: 20 % (oletus)',
      '',
    ]);
  });

  it('English uses the API’s sentences for what is missing and the statement summaries', () => {
    const v = adoptionView(estimate, 'en');
    expect(v.missing).toEqual(['Running cost cannot be estimated: in words only.']);
    expect(v.known[1]?.extra).toBe('The home visit adds time.');
    expect(plain(euroRange({ low: '100.40', high: '100.60' }, 'en'))).toBe('100 – 101 €');
  });

  it('assumptions travel in the URL and back to the API input', () => {
    const a = assumptionsFromParams(new URLSearchParams('share=10-30&fixed=25.5-75&base=CHILDREN_0_17'));
    expect(assumptionsInput(a)).toEqual({
      parentShare: 'USER_SET',
      parentShareLowPercent: 10,
      parentShareHighPercent: 30,
      fixedLowPercent: 25.5,
      fixedHighPercent: 75,
      populationBase: 'CHILDREN_0_17',
    });
    expect(assumptionsInput(assumptionsFromParams(new URLSearchParams('share=abc&base=CATS')))).toEqual({
      parentShare: null,
      parentShareLowPercent: null,
      parentShareHighPercent: null,
      fixedLowPercent: null,
      fixedHighPercent: null,
      populationBase: null,
    });
  });
});
