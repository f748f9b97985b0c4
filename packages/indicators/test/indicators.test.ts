import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  costRoles,
  deriveOwnerValues,
  EVIDENCE_SCALE,
  exactEuros,
  mean,
  median,
  type OwnerFinance,
  parseSotkanetCsv,
  parseSotkanetJson,
  periodYears,
  rank,
  SotkanetFormatError,
  splitCents,
  strongestEvidence,
  sumFigures,
  summariseValues,
  toCents,
  yearShares,
} from '../src';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/sotkanet/${name}`, import.meta.url), 'utf8');
const sum = (values: { value: number | null }[]) => values.reduce((s, v) => s + (v.value ?? 0), 0);

const tornio: OwnerFinance = {
  ownerType: 'Project',
  ownerId: 1,
  name: 'Perheille parasta',
  municipalityCodes: ['851'],
  start: '2015-01-01',
  end: '2018-12-31',
  costs: [
    { id: 1, kind: 'TOTAL_BUDGET', basis: 'ESTIMATE', amount: 414583, municipalityCode: null },
    { id: 2, kind: 'MUNICIPALITY_SHARE', basis: 'ESTIMATE', amount: 220395, municipalityCode: '851' },
  ],
  fundings: [
    {
      id: 1,
      kind: 'EXTERNAL_GRANT',
      amount: 115005,
      funderKind: 'EU_FUND',
      funderName: 'ESR',
      recipientCode: '851',
    },
  ],
};
const akaa: OwnerFinance = {
  ownerType: 'Project',
  ownerId: 2,
  name: 'Onnistunut työ',
  municipalityCodes: ['020'],
  start: '2014-09-29',
  end: '2016-05-31',
  costs: [{ id: 3, kind: 'TOTAL_COSTS', basis: 'REALISED', amount: 23056, municipalityCode: '020' }],
  fundings: [
    {
      id: 2,
      kind: 'EXTERNAL_GRANT',
      amount: 9956,
      funderKind: 'STATE_FUND',
      funderName: 'TSR',
      recipientCode: '020',
    },
  ],
};

describe('periods', () => {
  it('spreads a period over calendar years by days', () => {
    expect(periodYears('2015-01-01', '2018-12-31')).toBeCloseTo(4, 2);
    const shares = yearShares('2014-09-29', '2016-05-31');
    expect([...shares.keys()]).toEqual([2014, 2015, 2016]);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(shares.get(2014)).toBeCloseTo(94 / 611, 10);
  });
});

describe('cost derivation', () => {
  it('uses Tornio’s own share, not the consortium’s whole budget, and its ESR funding: 52.2 %', () => {
    const values = deriveOwnerValues(tornio);
    const own = values.filter((v) => v.indicator === 'OWN_PROJECT_COST');
    const ext = values.filter((v) => v.indicator === 'EXTERNAL_FUNDING');
    expect(own.map((v) => v.year)).toEqual([2015, 2016, 2017, 2018]);
    expect(sum(own)).toBeCloseTo(220395, 6);
    expect(sum(ext)).toBeCloseTo(115005, 6);
    expect(sum(values.filter((v) => v.indicator === 'EXTERNAL_FUNDING_EU'))).toBeCloseTo(115005, 6);
    expect(((sum(ext) / sum(own)) * 100).toFixed(1)).toBe('52.2');
    expect(sum(values.filter((v) => v.indicator === 'NET_OWN_CONTRIBUTION'))).toBeCloseTo(105390, 6);
    expect(own[0]?.explanation.inputs[0]).toMatchObject({
      value: 220395,
      recordType: 'CostItem',
      recordId: 2,
    });
  });

  it('gives Akaa’s TSR share 9 956 / 23 056 = 43.2 % and own contribution 13 100 €', () => {
    const values = deriveOwnerValues(akaa);
    const own = sum(values.filter((v) => v.indicator === 'OWN_PROJECT_COST'));
    const tsr = sum(values.filter((v) => v.indicator === 'EXTERNAL_FUNDING_STATE_FUND'));
    expect(own).toBeCloseTo(23056, 6);
    expect(((tsr / own) * 100).toFixed(1)).toBe('43.2');
    expect(sum(values.filter((v) => v.indicator === 'NET_OWN_CONTRIBUTION'))).toBeCloseTo(13100, 6);
    const years = sum(values.filter((v) => v.indicator === 'COSTED_PROJECT_YEARS'));
    expect(years).toBeCloseTo(611 / 365.25, 6);
  });

  it('keeps “no separate funding” a known 0 while the cost stays unknown (Kangasala)', () => {
    const values = deriveOwnerValues({
      ownerType: 'Practice',
      ownerId: 3,
      name: 'Perheesi parhaaksi',
      municipalityCodes: ['211'],
      start: '2015-01-01',
      end: null,
      costs: [],
      fundings: [
        {
          id: 3,
          kind: 'NO_SEPARATE_FUNDING',
          amount: null,
          funderKind: 'MUNICIPALITY',
          funderName: 'Kangasalan kaupunki',
          recipientCode: '211',
        },
      ],
    });
    expect(values.find((v) => v.indicator === 'EXTERNAL_FUNDING')).toMatchObject({
      value: 0,
      missingReason: null,
      year: 2015,
    });
    expect(values.find((v) => v.indicator === 'OWN_PROJECT_COST')).toMatchObject({
      value: null,
      missingReason: 'NOT_REPORTED',
    });
    expect(values.find((v) => v.indicator === 'NET_OWN_CONTRIBUTION')).toMatchObject({ value: null });
  });

  it('keeps an unknown grant amount unknown (Järvenpää’s STM funding)', () => {
    const values = deriveOwnerValues({
      ownerType: 'Project',
      ownerId: 4,
      name: 'Puheeksiottava kunta',
      municipalityCodes: ['186'],
      start: null,
      end: null,
      costs: [],
      fundings: [
        {
          id: 4,
          kind: 'EXTERNAL_GRANT',
          amount: null,
          funderKind: 'MINISTRY',
          funderName: 'STM',
          recipientCode: '186',
        },
      ],
    });
    expect(values.find((v) => v.indicator === 'EXTERNAL_FUNDING')).toMatchObject({
      value: null,
      missingReason: 'AMOUNT_UNKNOWN',
    });
    expect(values.find((v) => v.indicator === 'EXTERNAL_FUNDING_MINISTRY')).toMatchObject({
      value: null,
      missingReason: 'AMOUNT_UNKNOWN',
    });
  });
});

describe('statistics and the evidence scale', () => {
  it('ranks by polarity, leaving unknowns unranked', () => {
    expect(rank([10, null, 30, 10], 'HIGHER_IS_BETTER')).toEqual([2, null, 1, 2]);
    expect(rank([10, null, 30, 10], 'LOWER_IS_BETTER')).toEqual([1, null, 3, 1]);
    expect(mean([1, null, 3])).toBe(2);
    expect(median([5, 1, null, 3, 2])).toBe(2.5);
    expect(mean([null])).toBeNull();
  });

  it('ranks and takes medians as the definitions say, ties, negatives and nulls included', () => {
    // Against the definitions written naively: rank = 1 + how many known values are strictly better.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
        // + 0: no negative zero (it sorts before 0 in a typed array, and JSON writes both as 0).
        next() < 0.2 ? null : Math.round((next() - 0.3) * 20) / 2 + 0,
      );
      const known = values.filter((v): v is number => v !== null);
      for (const polarity of ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const) {
        const better = (a: number, b: number) => (polarity === 'LOWER_IS_BETTER' ? a < b : a > b);
        expect(rank(values, polarity)).toEqual(
          values.map((v) => (v === null ? null : 1 + known.filter((k) => better(k, v)).length)),
        );
      }
      const sorted = [...known].sort((a, b) => a - b);
      const m = Math.floor(sorted.length / 2);
      expect(median(values)).toBe(
        !sorted.length
          ? null
          : sorted.length % 2
            ? sorted[m]
            : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2,
      );
      // The one-sort summary a comparison uses says what the three definitions say, bit for bit.
      for (const polarity of ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const)
        expect(summariseValues(values, polarity)).toEqual({
          ranks: rank(values, polarity),
          mean: known.length >= 2 ? mean(values) : null,
          median: known.length >= 2 ? median(values) : null,
          knownCount: known.length,
        });
    }
  });

  it('orders evidence from not yet measured to comparison group', () => {
    expect(EVIDENCE_SCALE.map((e) => e.level)).toEqual([0, 1, 2, 3, 4]);
    expect(strongestEvidence(['SURVEY', 'EXPERIENTIAL', 'COMPARISON_GROUP'])).toBe('COMPARISON_GROUP');
    expect(strongestEvidence([])).toBeNull();
  });

  it('has a unique, complete catalogue', () => {
    expect(new Set(CATALOGUE.map((d) => d.code)).size).toBe(CATALOGUE.length);
    for (const d of CATALOGUE) expect(d.definition.length).toBeGreaterThan(10);
  });
});

describe('Sotkanet parsing', () => {
  it('reads JSON rows through the regions list', () => {
    const rows = parseSotkanetJson(fixture('population-valid.json'));
    expect(rows[0]).toEqual({
      line: 1,
      indicator: 127,
      municipalityCode: '851',
      regionLabel: 'Tornio',
      year: 2017,
      gender: 'total',
      value: 21928,
    });
    expect(rows[3]?.municipalityCode).toBeNull();
  });

  it('reads a partial JSON file with a missing value as null', () => {
    const regions = JSON.parse(fixture('regions.json'));
    const rows = parseSotkanetJson(fixture('population-partial.json'), regions);
    expect(rows.map((r) => r.value)).toEqual([20959, null, null]);
  });

  it('reads the semicolon CSV with English or Finnish headers', () => {
    expect(
      parseSotkanetCsv(fixture('population-valid.csv')).map((r) => [r.municipalityCode, r.year, r.value]),
    ).toEqual([
      ['851', 2014, 22322],
      ['020', 2019, 16475],
      ['211', 2023, 33473],
    ]);
    expect(parseSotkanetCsv(fixture('population-partial.csv')).map((r) => r.value)).toEqual([46490, null]);
  });

  it('rejects malformed files with the line and the reason', () => {
    expect(() => parseSotkanetJson(fixture('malformed.json'), JSON.parse(fixture('regions.json')))).toThrow(
      /line 2: year "viime vuonna"/,
    );
    expect(() => parseSotkanetCsv(fixture('malformed.csv'))).toThrow(SotkanetFormatError);
    expect(() => parseSotkanetCsv(fixture('malformed.csv'))).toThrow(/line 3: value "16 391,5x"/);
    expect(() => parseSotkanetCsv('foo;bar\n1;2')).toThrow(/line 1: header has no "indicator" column/);
    expect(() => parseSotkanetJson('{"data": [')).toThrow(/line 1: not valid JSON/);
  });
});

describe('exact money', () => {
  it('keeps money in whole cents: 23 056 € − 9 956 € is 13 100 €, spread over years without drift', () => {
    expect(toCents(23056) - toCents(9956)).toBe(1310000);
    expect(exactEuros(1310000)).toBe('13100.00');
    expect(exactEuros(-5)).toBe('-0.05');
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
    // Largest remainder: Tornio's 220 395 € over 2015–2018 by days (365, 366, 365, 365).
    expect(splitCents(22039500, [365, 366, 365, 365])).toEqual([5506104, 5521189, 5506104, 5506103]);
    const akaaNet = deriveOwnerValues(akaa).filter((v) => v.indicator === 'NET_OWN_CONTRIBUTION');
    expect(akaaNet.reduce((s, v) => s + (v.cents as number), 0)).toBe(1310000);
    expect(akaaNet.map((v) => v.year)).toEqual([2014, 2015, 2016]);
  });

  it('tells gross, external and net own cost apart, and derives the rest of a whole budget (Tornio)', () => {
    const roles = costRoles(tornio, '851');
    expect(roles.gross).toMatchObject({ cents: 22039500, basis: 'ESTIMATE', derived: false });
    expect(roles.externalFunding).toMatchObject({ cents: 11500500 });
    expect(roles.netOwnCost).toMatchObject({ cents: 10539000, derived: true });
    expect(roles.wholeBudget).toMatchObject({ cents: 41458300, basis: 'ESTIMATE' });
    expect(roles.restOfWhole).toMatchObject({ cents: 19418800, derived: true });
    expect(roles.restOfWhole?.formula).toContain('414,583 € − 220,395 € = 194,188 €');
    // The same in Finnish, with Finnish number formats (no-break spaces).
    expect(roles.restOfWhole?.formulaFi).toBe(
      'koko budjetti − kunnan osuus = 414\u00a0583\u00a0€ − 220\u00a0395\u00a0€ = 194\u00a0188\u00a0€ (muut osapuolet yhteensä)',
    );
    expect(roles.externalShareOfWhole?.formulaFi).toBe(
      'ulkopuolinen rahoitus ÷ koko budjetti × 100 = 115\u00a0005\u00a0€ ÷ 414\u00a0583\u00a0€ × 100',
    );
    expect(roles.externalShareOfWhole?.percent).toBe((11500500 / 41458300) * 100);
    expect([roles.fromYear, roles.toYear]).toEqual([2015, 2018]);
  });

  it('sums items leaving out those that report nothing, and says when nothing applies', () => {
    const akaaRoles = costRoles(akaa, '020');
    const none = costRoles({ ...akaa, ownerId: 9, costs: [], fundings: [] }, '020');
    const sum = sumFigures('NET_OWN_COST', [akaaRoles.netOwnCost, none.netOwnCost]);
    expect(sum).toMatchObject({ cents: 1310000, basis: 'REALISED' });
    expect(sum.note).toContain('1 of 2');
    expect(sum.noteFi).toContain('1/2 hankkeesta tai toimintamallista ei raportoi tätä lukua');
    expect(akaaRoles.netOwnCost.formulaFi).toBe(
      'bruttokustannus − ulkopuolinen rahoitus = 23\u00a0056\u00a0€ − 9\u00a0956\u00a0€ = 13\u00a0100\u00a0€',
    );
    // Every derived value's explanation has its Finnish formula, and every input its Finnish label.
    for (const v of deriveOwnerValues(akaa)) {
      expect(v.explanation.formulaFi, v.indicator).toMatch(/\S/);
      for (const i of v.explanation.inputs) expect(i.labelFi, i.label).toMatch(/\S/);
    }
    expect(sumFigures('NET_OWN_COST', [])).toMatchObject({ cents: null, missingReason: 'NOT_APPLICABLE' });
  });
});
