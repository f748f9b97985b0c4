import { describe, expect, it } from 'vitest';
import {
  countValue,
  latestCellOf,
  latestOf,
  latestOfCells,
  latestOfEach,
  mergeYearCells,
  outcomeCountsByMunicipality,
  outcomeValue,
  ratioOf,
  type Series,
  storedValueCell,
  summariseDirections,
  summariseOutcomeCell,
  summariseValues,
  sumOf,
  type YearCell,
  yearCellOf,
} from '../src';

const cell = (total: number | null, over: Partial<YearCell> = {}): YearCell => ({
  total,
  cents: null,
  n: 1,
  known: total === null ? 0 : 1,
  reason: null,
  ...over,
});
const series = (entries: [number | null, YearCell][]): Series => new Map(entries);

describe('yearCellOf', () => {
  it('reads PostgreSQL strings as numbers and keeps cents only when every known value has them', () => {
    expect(
      yearCellOf({
        year: '2019',
        total: '1250.5',
        totalCents: '125050',
        knownCents: '2',
        n: '3',
        known: '2',
        reason: 'AMOUNT_UNKNOWN',
      }),
    ).toEqual([2019, { total: 1250.5, cents: 125050, n: 3, known: 2, reason: 'AMOUNT_UNKNOWN' }]);
    // One known value without cents: the sum is not exact money.
    expect(
      yearCellOf({ year: 2020, total: 7, totalCents: 300, knownCents: 1, n: 2, known: 2, reason: null })[1]
        .cents,
    ).toBeNull();
    expect(
      yearCellOf({ year: null, total: null, totalCents: null, knownCents: 0, n: 1, known: 0, reason: null }),
    ).toEqual([null, { total: null, cents: null, n: 1, known: 0, reason: null }]);
  });
});

describe('sumOf', () => {
  it('sums money exactly in cents over the years, sorted', () => {
    // 0.10 + 0.20 in doubles is 0.30000000000000004; in cents it is 30.
    const s = series([
      [2020, cell(0.2, { cents: 20 })],
      [2019, cell(0.1, { cents: 10 })],
    ]);
    expect(sumOf(s, { en: 'costs', fi: 'kustannukset' })).toEqual({
      value: 0.3,
      cents: 30,
      missingReason: null,
      note: null,
      noteFi: null,
      years: [2019, 2020],
      formula: 'Sum of costs over 2019, 2020',
      formulaFi: 'kustannukset, summa vuosilta 2019, 2020',
    });
  });

  it('sums plain numbers when a year is not money, and notes the rows of unknown year', () => {
    const s = series([
      [2019, cell(3)],
      [2020, cell(4, { cents: 400 })],
      [null, cell(null, { n: 2, reason: 'PERIOD_UNKNOWN' })],
    ]);
    const r = sumOf(s, 'clients');
    expect(r.value).toBe(7);
    expect(r.cents).toBeNull();
    expect(r.note).toBe('Leaves out 2 item(s) with no amount or no known years (PERIOD_UNKNOWN).');
    expect(r.noteFi).toBe(
      'Jätetty pois kohteet, joilta puuttuu summa tai tunnetut vuodet: 2 (ajankohta ei tiedossa).',
    );
  });

  it('is unknown as a whole when one year has an unknown amount, naming that year', () => {
    const s = series([
      [2019, cell(3)],
      [2020, cell(4, { n: 2, known: 1, reason: 'AMOUNT_UNKNOWN' })],
    ]);
    expect(sumOf(s, 'costs')).toEqual({
      value: null,
      missingReason: 'AMOUNT_UNKNOWN',
      note: 'Unknown for 2020',
      noteFi: 'Tuntematon vuodelta 2020',
      years: [2019, 2020],
      formula: 'Sum of costs',
      formulaFi: 'costs, summa',
    });
  });

  it('tells no data apart from data of unknown years', () => {
    expect(sumOf(undefined, 'costs')).toMatchObject({ value: null, missingReason: 'NOT_REPORTED' });
    expect(sumOf(series([[null, cell(null)]]), 'costs')).toMatchObject({
      value: null,
      missingReason: 'PERIOD_UNKNOWN',
      formula: 'No costs in these years',
    });
  });

  it('divides each year by that year’s population before summing', () => {
    const costs = series([
      [2019, cell(1000)],
      [2020, cell(3000)],
    ]);
    const population = series([
      [2019, cell(100)],
      [2020, cell(200)],
    ]);
    // 1000/100 + 3000/200 = 10 + 15 = 25
    const r = sumOf(costs, { en: 'costs', fi: 'kustannukset' }, population);
    expect(r.value).toBe(25);
    expect(r.formula).toBe('Σ over 2019, 2020 of (costs ÷ population of that year)');
    expect(r.formulaFi).toBe('Σ vuosilta 2019, 2020: (kustannukset ÷ saman vuoden väkiluku)');
    expect(sumOf(costs, 'costs', series([[2019, cell(100)]]))).toMatchObject({
      value: null,
      missingReason: 'NO_POPULATION_FOR_YEAR',
      note: 'No population for 2020',
    });
  });
});

describe('mergeYearCells', () => {
  it('merges cells row by row into the cell SQL grouping all the rows gives', () => {
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const reasons = [null, 'NOT_REPORTED', 'AMOUNT_UNKNOWN'] as const;
    for (let round = 0; round < 300; round++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
        const value = next() < 0.25 ? null : Math.round(next() * 100000) / 100;
        const cents = value !== null && next() < 0.8 ? Math.round(value * 100) : null;
        return { value, cents, reason: reasons[Math.floor(next() * 3)] ?? null };
      });
      // What `sum(value), sum(cents), count(cents), count(*), count(value), min(missing_reason)` give.
      const known = rows.filter((r) => r.value !== null);
      const withCents = rows.filter((r) => r.cents !== null);
      const reasonsSet = rows
        .map((r) => r.reason)
        .filter((r) => r !== null)
        .sort();
      const [, grouped] = yearCellOf({
        year: 2020,
        total: known.length ? known.reduce((t, r) => t + (r.value as number), 0) : null,
        totalCents: withCents.length ? withCents.reduce((t, r) => t + (r.cents as number), 0) : null,
        knownCents: withCents.length,
        n: rows.length,
        known: known.length,
        reason: reasonsSet[0] ?? null,
      });
      const one = (r: (typeof rows)[number]) =>
        yearCellOf({
          year: 2020,
          total: r.value,
          totalCents: r.cents,
          knownCents: r.cents === null ? 0 : 1,
          n: 1,
          known: r.value === null ? 0 : 1,
          reason: r.reason,
        })[1];
      const merged = rows
        .slice(1)
        .reduce((c, r) => mergeYearCells(c, one(r)), one(rows[0] as (typeof rows)[number]));
      // Totals added in the rows' order both ways: the same double.
      expect(merged).toEqual(grouped);
    }
  });
});

describe('latestOf', () => {
  it('takes the latest year with a known value', () => {
    const s = series([
      [2018, cell(21000)],
      [2020, cell(null)],
      [2019, cell(21500)],
    ]);
    expect(latestOf(s, { en: 'population', fi: 'väkiluku' })).toEqual({
      value: 21500,
      missingReason: null,
      note: null,
      noteFi: null,
      years: [2019],
      formula: 'population at the end of 2019 (latest year with data)',
      formulaFi: 'väkiluku vuoden 2019 lopussa (viimeisin vuosi, jolta on tieto)',
    });
    expect(latestOf(series([[2020, cell(null)]]), 'population')).toMatchObject({
      value: null,
      missingReason: 'NOT_REPORTED',
    });
  });

  it('gives many series of one indicator the values latestOf gives each, in order', () => {
    const all = [
      series([
        [2018, cell(21000)],
        [2019, cell(21500)],
      ]),
      undefined,
      series([[2019, cell(7)]]),
      series([[2020, cell(null)]]),
      series([[2017, cell(3)]]),
    ];
    const what = { en: 'population', fi: 'väkiluku' };
    const each = latestOfEach(all, what);
    expect(each).toEqual(all.map((s) => latestOf(s, what)));
    expect(each.map((v) => v.value)).toEqual([21500, null, 7, null, 3]);
    expect(each[1]).toMatchObject({ missingReason: 'NOT_REPORTED', note: 'No population for these years' });
    expect(each[4]?.formulaFi).toBe('väkiluku vuoden 2017 lopussa (viimeisin vuosi, jolta on tieto)');
  });

  it('reads the same values from the latest years alone (a read that fetched only those)', () => {
    const all = [
      series([
        [null, cell(99)],
        [2018, cell(21000)],
        [2019, cell(21500)],
        [2020, cell(null, { reason: 'NOT_REPORTED' })],
      ]),
      undefined,
      series([[2019, cell(7)]]),
      series([[2020, cell(null)]]),
    ];
    expect(all.map(latestCellOf)).toEqual([
      { ...cell(21500), year: 2019 },
      undefined,
      { ...cell(7), year: 2019 },
      undefined,
    ]);
    const what = { en: 'population', fi: 'väkiluku' };
    const fromCells = latestOfCells(all.map(latestCellOf), what);
    expect(fromCells).toEqual(latestOfEach(all, what));
    expect(fromCells.map((v) => [v.value, v.years])).toEqual([
      [21500, [2019]],
      [null, []],
      [7, [2019]],
      [null, []],
    ]);
    // One list per year, shared by that year's values and frozen (no caller may change another's).
    expect(fromCells[0]?.years).toBe(fromCells[2]?.years);
    const shared = fromCells[0]?.years as number[];
    expect(shared).toEqual([2019]);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(() => shared.push(2020)).toThrow(TypeError);
  });

  it('takes a stored row with a known value as the cell SQL would group it into', () => {
    const grouped = (value: number, cents: number | null) =>
      yearCellOf({
        year: 2020,
        total: value,
        totalCents: cents,
        knownCents: cents === null ? 0 : 1,
        n: 1,
        known: 1,
        reason: null,
      })[1];
    expect(storedValueCell(2020, '1250.5', '125050')).toEqual({ ...grouped(1250.5, 125050), year: 2020 });
    expect(storedValueCell(2020, 21467, null)).toEqual({ ...grouped(21467, null), year: 2020 });
    expect(mergeYearCells(storedValueCell(2020, 3, '300'), storedValueCell(2020, 4, null))).toEqual({
      total: 7,
      cents: null,
      n: 2,
      known: 2,
      reason: null,
    });
  });
});

describe('ratioOf', () => {
  const def = { numerator: 'COSTS', denominator: 'CLIENTS', factor: 1000 };
  it('divides the sums and applies the factor', () => {
    const r = ratioOf(
      series([
        [2019, cell(3)],
        [2020, cell(6)],
      ]),
      series([[2020, cell(4500)]]),
      def,
    );
    // (3 + 6) / 4500 × 1000 = 2
    expect(r).toEqual({
      value: 2,
      missingReason: null,
      note: null,
      noteFi: null,
      years: [2019, 2020],
      formula: 'COSTS ÷ CLIENTS × 1000',
      formulaFi: 'COSTS ÷ CLIENTS × 1000',
    });
  });
  it('says why: unknown denominator, unknown numerator, zero denominator', () => {
    expect(ratioOf(series([[2019, cell(3)]]), undefined, def)).toMatchObject({
      value: null,
      missingReason: 'DENOMINATOR_UNKNOWN',
      note: 'CLIENTS unknown (NOT_REPORTED)',
    });
    expect(ratioOf(undefined, series([[2019, cell(3)]]), def)).toMatchObject({
      value: null,
      missingReason: 'NOT_REPORTED',
      formula: 'COSTS ÷ CLIENTS × 1000',
    });
    expect(ratioOf(series([[2019, cell(3)]]), series([[2019, cell(0)]]), { ...def, factor: 1 })).toEqual({
      value: null,
      missingReason: 'NOT_APPLICABLE',
      note: 'CLIENTS is 0',
      noteFi: 'CLIENTS on 0',
      years: [2019],
      formula: 'COSTS ÷ CLIENTS',
      formulaFi: 'COSTS ÷ CLIENTS',
    });
  });
});

describe('counts', () => {
  const groups = [
    { municipality: '851', domainId: 1, direction: 'IMPROVED', count: 2, maxEvidence: 1 },
    { municipality: '851', domainId: 2, direction: 'WORSENED', count: 1, maxEvidence: 3 },
    { municipality: '851', domainId: 2, direction: 'UNKNOWN', count: 4, maxEvidence: 0 },
    { municipality: '091', domainId: 1, direction: 'UNCHANGED', count: 1, maxEvidence: 0 },
  ];
  it('adds outcome groups up per municipality', () => {
    const byMunicipality = outcomeCountsByMunicipality(groups);
    expect(byMunicipality.get('851')).toEqual({ improved: 2, worsened: 1, strongest: 3, results: 7 });
    expect(byMunicipality.get('091')).toEqual({ improved: 0, worsened: 0, strongest: 0, results: 1 });
    expect(outcomeValue('OUTCOMES_IMPROVED', byMunicipality.get('851'), 'f', 'k')).toEqual({
      value: 2,
      missingReason: null,
      note: '7 reported results',
      noteFi: 'Raportoituja tuloksia: 7',
      years: [],
      formula: 'f',
      formulaFi: 'k',
    });
    // No results: counts are known zeros, the strongest evidence is unknown.
    expect(outcomeValue('OUTCOMES_WORSENED', undefined, 'f').value).toBe(0);
    expect(outcomeValue('EVIDENCE_STRONGEST', undefined, 'f')).toMatchObject({
      value: null,
      missingReason: 'NOT_REPORTED',
      note: 'No results reported',
    });
    expect(countValue(undefined, 'f').value).toBe(0);
    expect(countValue(5, 'f').value).toBe(5);
  });

  it('summarises one matrix cell: direction, strongest evidence by name, counts', () => {
    expect(summariseOutcomeCell(groups.filter((g) => g.municipality === '851' && g.domainId === 2))).toEqual({
      direction: 'WORSENED',
      evidenceLevel: 3,
      evidenceType: 'STATISTICS', // EVIDENCE_TYPES[3]
      count: 5,
      improvedCount: 0,
      worsenedCount: 1,
      missingReason: null,
    });
    expect(summariseOutcomeCell([])).toEqual({
      direction: null,
      evidenceLevel: null,
      evidenceType: null,
      count: 0,
      improvedCount: 0,
      worsenedCount: 0,
      missingReason: 'NOT_REPORTED',
    });
  });

  it('calls agreeing results by their direction and disagreeing ones MIXED', () => {
    expect(summariseDirections(new Map())).toBeNull();
    expect(
      summariseDirections(
        new Map([
          ['IMPROVED', 2],
          ['UNKNOWN', 1],
        ]),
      ),
    ).toBe('IMPROVED');
    expect(
      summariseDirections(
        new Map([
          ['IMPROVED', 1],
          ['WORSENED', 1],
        ]),
      ),
    ).toBe('MIXED');
    expect(
      summariseDirections(
        new Map([
          ['MIXED', 1],
          ['UNCHANGED', 3],
        ]),
      ),
    ).toBe('MIXED');
    expect(
      summariseDirections(
        new Map([
          ['UNCHANGED', 1],
          ['UNKNOWN', 1],
        ]),
      ),
    ).toBe('UNCHANGED');
    expect(summariseDirections(new Map([['UNKNOWN', 2]]))).toBe('UNKNOWN');
  });
});

describe('summariseValues', () => {
  it('ranks by polarity and gives mean and median of at least two known values', () => {
    expect(summariseValues([30, null, 10, 20], 'LOWER_IS_BETTER')).toEqual({
      ranks: [3, null, 1, 2],
      mean: 20,
      median: 20,
      knownCount: 3,
    });
    expect(summariseValues([5, null], 'HIGHER_IS_BETTER')).toEqual({
      ranks: [1, null],
      mean: null,
      median: null,
      knownCount: 1,
    });
  });
});
