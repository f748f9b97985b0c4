import {
  type EvidenceType,
  evidenceTypeOfLevel,
  labelOf,
  type OutcomeDirection,
} from '@vertailu/data/vocabulary';
import type { MissingReason } from './derive';
import { centsToEuros } from './money';

/**
 * The comparison's arithmetic over plain rows: the API sums stored values per indicator, municipality
 * and year in SQL, and these functions combine those yearly sums into one compared value each (sum,
 * latest, ratio, outcome counts), then rank them. No I/O: every input is a plain row.
 */

/** One year's stored values of one indicator in one municipality, summed (one SQL group). */
export interface YearCell {
  total: number | null;
  /** Sum of the year's values in integer cents when every known value is money (exact). */
  cents: number | null;
  /** Rows that year, and how many had a value. */
  n: number;
  known: number;
  reason: MissingReason | null;
}

/** Year (null = unknown year) → its cell. */
export type Series = Map<number | null, YearCell>;

/** A grouped row as the database returns it (numbers may come back as strings on PostgreSQL). */
export interface YearSumRow {
  year: number | string | null;
  total: number | string | null;
  totalCents: number | string | null;
  knownCents: number | string;
  n: number | string;
  known: number | string;
  reason: MissingReason | null;
}

/** One grouped row → its year and cell. Money counts as exact only when every known value has cents. */
export function yearCellOf(row: YearSumRow): [number | null, YearCell] {
  const knownCents = Number(row.knownCents);
  const known = Number(row.known);
  return [
    row.year === null ? null : Number(row.year),
    {
      total: row.total === null ? null : Number(row.total),
      cents: knownCents > 0 && knownCents === known ? Number(row.totalCents) : null,
      n: Number(row.n),
      known,
      reason: row.reason ?? null,
    },
  ];
}

/**
 * One stored row with a known value as its year's cell, that year being its series' latest (a row of a
 * read of latest years alone). A second row of the year, another series, adds up: `mergeYearCells`.
 */
export function storedValueCell(
  year: number,
  value: number | string,
  cents: number | string | null,
): LatestCell {
  return {
    year,
    total: Number(value),
    cents: cents == null ? null : Number(cents),
    n: 1,
    known: 1,
    reason: null,
  };
}

/**
 * Two cells of one year as the one cell their rows make together (as if SQL had grouped them all): the
 * sums and counts added, exact cents only while every known value has them, the first reason by code.
 * For rows the database returns one by one — a comparison's latest year, summed over its series.
 */
export function mergeYearCells(a: YearCell, b: YearCell): YearCell {
  return {
    total: a.total === null ? b.total : b.total === null ? a.total : a.total + b.total,
    cents:
      a.known === 0
        ? b.cents
        : b.known === 0
          ? a.cents
          : a.cents !== null && b.cents !== null
            ? a.cents + b.cents
            : null,
    n: a.n + b.n,
    known: a.known + b.known,
    reason: a.reason === null ? b.reason : b.reason === null || a.reason <= b.reason ? a.reason : b.reason,
  };
}

/** What a figure is, in both languages (English for the API's default, Finnish for the dashboard). */
export interface Words {
  en: string;
  fi: string;
}

const wordsOf = (w: string | Words): Words => (typeof w === 'string' ? { en: w, fi: w } : w);

/** One compared value, with why it is missing and how it was made. */
export interface CombinedValue {
  value: number | null;
  missingReason: MissingReason | null;
  note: string | null;
  /** The years the value is made of (a LATEST value's list may be shared by values of its year: read only). */
  years: readonly number[];
  formula: string;
  /** The same in Finnish (the dashboard's language). */
  formulaFi: string;
  /** The note in Finnish; null when there is no note. */
  noteFi: string | null;
  /** The value in integer cents when it is a sum of money (exact; `value` is made from it). */
  cents?: number | null;
  /** The records hold nothing of this kind for the municipality at all (no such line, no item). */
  noneInSources?: boolean;
}

/**
 * The sum over the years with data; with a divisor series (population), the sum of each year's value
 * divided by that year's divisor. Any year with an unknown amount makes the whole sum unknown.
 */
export function sumOf(series: Series | undefined, what: string | Words, divisor?: Series): CombinedValue {
  const w = wordsOf(what);
  const dated = [...(series ?? new Map()).entries()].filter(([y]) => y !== null) as [number, YearCell][];
  const undated = series?.get(null);
  if (!dated.length) {
    const reason = undated ? (undated.reason ?? 'PERIOD_UNKNOWN') : 'NOT_REPORTED';
    return {
      value: null,
      noneInSources: !undated,
      missingReason: reason,
      note: null,
      noteFi: null,
      years: [],
      formula: `No ${w.en} in these years`,
      formulaFi: `${w.fi}: ei arvoja näiltä vuosilta`,
    };
  }
  const unknown = dated.find(([, c]) => c.known < c.n);
  if (unknown) {
    return {
      value: null,
      missingReason: unknown[1].reason ?? 'AMOUNT_UNKNOWN',
      note: `Unknown for ${unknown[0]}`,
      noteFi: `Tuntematon vuodelta ${unknown[0]}`,
      years: dated.map(([y]) => y),
      formula: `Sum of ${w.en}`,
      formulaFi: `${w.fi}, summa`,
    };
  }
  const years = dated.map(([y]) => y).sort();
  const note = undated
    ? `Leaves out ${undated.n} item(s) with no amount or no known years (${undated.reason ?? 'PERIOD_UNKNOWN'}).`
    : null;
  const noteFi = undated
    ? `Jätetty pois kohteet, joilta puuttuu summa tai tunnetut vuodet: ${undated.n} (${labelOf('MissingReason', undated.reason ?? 'PERIOD_UNKNOWN').nameFi}).`
    : null;
  if (!divisor) {
    const money = dated.every(([, c]) => c.cents !== null);
    const cents = money ? dated.reduce((s, [, c]) => s + (c.cents as number), 0) : null;
    return {
      value: cents !== null ? centsToEuros(cents) : dated.reduce((s, [, c]) => s + (c.total ?? 0), 0),
      cents,
      missingReason: null,
      note,
      noteFi,
      years,
      formula: `Sum of ${w.en} over ${years.join(', ')}`,
      formulaFi: `${w.fi}, summa vuosilta ${years.join(', ')}`,
    };
  }
  const lacking = years.filter((y) => divisor.get(y)?.total == null || divisor.get(y)?.known === 0);
  if (lacking.length) {
    return {
      value: null,
      missingReason: 'NO_POPULATION_FOR_YEAR',
      note: `No population for ${lacking.join(', ')}`,
      noteFi: `Väkiluku puuttuu vuodelta ${lacking.join(', ')}`,
      years,
      formula: `Sum of ${w.en} ÷ population, year by year`,
      formulaFi: `${w.fi} ÷ väkiluku vuosittain, summa`,
    };
  }
  const value = dated.reduce((s, [y, c]) => s + (c.total ?? 0) / (divisor.get(y)?.total as number), 0);
  return {
    value,
    missingReason: null,
    note,
    noteFi,
    years,
    formula: `Σ over ${years.join(', ')} of (${w.en} ÷ population of that year)`,
    formulaFi: `Σ vuosilta ${years.join(', ')}: (${w.fi} ÷ saman vuoden väkiluku)`,
  };
}

/** The value of the latest year that has one (a stock, such as population, is not summed). */
export function latestOf(series: Series | undefined, what: string | Words): CombinedValue {
  return latestOfEach([series], what)[0] as CombinedValue;
}

/** A series' latest year with a known value and that year's cell, as one object (`latestOfCells`). */
export interface LatestCell extends YearCell {
  year: number;
}

/** The latest year of a series that has a known value, with its cell; undefined when none has. */
export function latestCellOf(series: Series | undefined): LatestCell | undefined {
  let latest: number | null = null;
  let cell: YearCell | undefined;
  for (const [y, c] of series ?? [])
    if (y !== null && c.known > 0 && (latest === null || y > latest)) {
      latest = y;
      cell = c;
    }
  return latest === null || !cell ? undefined : { ...cell, year: latest };
}

/**
 * `latestOf` for many series of one indicator (a comparison's municipalities): the words that explain a
 * value are made once per year and shared by the values of that year, not once per value.
 */
export function latestOfEach(all: readonly (Series | undefined)[], what: string | Words): CombinedValue[] {
  return latestOfCells(all.map(latestCellOf), what);
}

/**
 * `latestOfEach` from each series' latest known year alone (`latestCellOf`, or a read that fetched
 * only that year: a comparison's LATEST indicators) — the values, their years and explaining words.
 */
export function latestOfCells(
  all: readonly (LatestCell | undefined)[],
  what: string | Words,
): CombinedValue[] {
  const w = wordsOf(what);
  // Per year, shared by that year's values: the words and the (frozen) list of its one year.
  const ofYear = new Map<number, { formula: string; formulaFi: string; years: readonly number[] }>();
  let none:
    | { note: string; noteFi: string; formula: string; formulaFi: string; years: readonly number[] }
    | undefined;
  return all.map((latest): CombinedValue => {
    if (!latest) {
      none ??= {
        note: `No ${w.en} for these years`,
        noteFi: `${w.fi}: ei arvoa näiltä vuosilta`,
        formula: `Latest ${w.en}`,
        formulaFi: `${w.fi}, viimeisin`,
        years: Object.freeze([]),
      };
      return { value: null, missingReason: 'NOT_REPORTED', ...none };
    }
    const { year } = latest;
    let shared = ofYear.get(year);
    if (!shared) {
      shared = {
        formula: `${w.en} at the end of ${year} (latest year with data)`,
        formulaFi: `${w.fi} vuoden ${year} lopussa (viimeisin vuosi, jolta on tieto)`,
        years: Object.freeze([year]),
      };
      ofYear.set(year, shared);
    }
    return {
      value: latest.total,
      missingReason: null,
      note: null,
      noteFi: null,
      years: shared.years,
      formula: shared.formula,
      formulaFi: shared.formulaFi,
    };
  });
}

export interface RatioDefinition {
  numerator: string;
  denominator: string;
  /** Multiplies the quotient (e.g. 1000 for "per 1 000"); null or 1 for none. */
  factor: number | null;
}

/** numerator ÷ denominator (× factor), each summed over its years; unknown and zero denominators say so. */
export function ratioOf(
  numerator: Series | undefined,
  denominator: Series | undefined,
  def: RatioDefinition,
): CombinedValue {
  const num = sumOf(numerator, def.numerator);
  const den = sumOf(denominator, def.denominator);
  const factor = def.factor ?? 1;
  // Indicator codes: the same in both languages (their names are in the catalogue).
  const formula = `${def.numerator} ÷ ${def.denominator}${def.factor !== 1 ? ` × ${def.factor}` : ''}`;
  const formulaFi = formula;
  if (den.value === null)
    return {
      ...den,
      missingReason: 'DENOMINATOR_UNKNOWN',
      note: `${def.denominator} unknown (${den.missingReason})`,
      noteFi: `${def.denominator} tuntematon (${den.missingReason ? labelOf('MissingReason', den.missingReason).nameFi : '–'})`,
      formula,
      formulaFi,
    };
  if (num.value === null) return { ...num, formula, formulaFi };
  if (den.value === 0)
    return {
      value: null,
      missingReason: 'NOT_APPLICABLE',
      note: `${def.denominator} is 0`,
      noteFi: `${def.denominator} on 0`,
      years: den.years,
      formula,
      formulaFi,
    };
  return {
    value: (num.value / den.value) * factor,
    missingReason: null,
    note: num.note ?? den.note,
    noteFi: num.noteFi ?? den.noteFi,
    years: [...new Set([...num.years, ...den.years])].sort(),
    formula,
    formulaFi,
  };
}

/** A count made in SQL (projects, practices): a municipality with none counts 0, a known zero. */
export function countValue(
  count: number | null | undefined,
  formula: string,
  formulaFi: string = formula,
): CombinedValue {
  return { value: count ?? 0, missingReason: null, note: null, noteFi: null, years: [], formula, formulaFi };
}

/** Results (not outputs) grouped by municipality, domain and direction, as SQL groups them. */
export interface OutcomeGroup {
  municipality: string;
  domainId: number;
  direction: string;
  count: number;
  /** Strongest evidence level in the group (`evidenceLevel`, maxed in SQL). */
  maxEvidence: number;
}

/** Per municipality: improved, worsened, all results, and the strongest evidence level. */
export interface OutcomeCounts {
  improved: number;
  worsened: number;
  strongest: number | null;
  results: number;
}

/** Outcome groups of any domains (or grouped without the domain) → counts per municipality. */
export function outcomeCountsByMunicipality(
  groups: readonly Omit<OutcomeGroup, 'domainId'>[],
): Map<string, OutcomeCounts> {
  const out = new Map<string, OutcomeCounts>();
  for (const g of groups) {
    const cell = out.get(g.municipality) ?? { improved: 0, worsened: 0, strongest: null, results: 0 };
    if (g.direction === 'IMPROVED') cell.improved += g.count;
    if (g.direction === 'WORSENED') cell.worsened += g.count;
    cell.results += g.count;
    cell.strongest = Math.max(cell.strongest ?? 0, g.maxEvidence);
    out.set(g.municipality, cell);
  }
  return out;
}

/** The outcome indicators: improved or worsened results count (none = 0); strongest evidence (none = unknown). */
export function outcomeValue(
  indicator: 'OUTCOMES_IMPROVED' | 'OUTCOMES_WORSENED' | 'EVIDENCE_STRONGEST' | string,
  counts: OutcomeCounts | undefined,
  formula: string,
  formulaFi: string = formula,
): CombinedValue {
  const value =
    indicator === 'OUTCOMES_IMPROVED'
      ? (counts?.improved ?? 0)
      : indicator === 'OUTCOMES_WORSENED'
        ? (counts?.worsened ?? 0)
        : (counts?.strongest ?? null);
  return {
    value,
    missingReason: value === null ? 'NOT_REPORTED' : null,
    note: counts ? `${counts.results} reported results` : 'No results reported',
    noteFi: counts ? `Raportoituja tuloksia: ${counts.results}` : 'Ei raportoituja tuloksia',
    years: [],
    formula,
    formulaFi,
  };
}

/**
 * The outcome matrix's direction summary of one cell, from its results' directions and counts:
 * IMPROVED, WORSENED or UNCHANGED when all results agree; MIXED when they disagree (or one is mixed);
 * UNKNOWN when none says; null for none.
 */
export function summariseDirections(directions: ReadonlyMap<string, number>): OutcomeDirection | null {
  const total = [...directions.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const improved = directions.get('IMPROVED') ?? 0;
  const worsened = directions.get('WORSENED') ?? 0;
  if (improved && worsened) return 'MIXED';
  if (directions.get('MIXED')) return 'MIXED';
  if (improved) return 'IMPROVED';
  if (worsened) return 'WORSENED';
  if (directions.get('UNCHANGED')) return 'UNCHANGED';
  return 'UNKNOWN';
}

/** One municipality × domain cell of the outcome matrix, from that cell's outcome groups. */
export interface OutcomeCellSummary {
  direction: OutcomeDirection | null;
  evidenceLevel: number | null;
  evidenceType: EvidenceType | null;
  count: number;
  improvedCount: number;
  worsenedCount: number;
  missingReason: 'NOT_REPORTED' | null;
}

export function summariseOutcomeCell(
  groups: readonly Pick<OutcomeGroup, 'direction' | 'count' | 'maxEvidence'>[],
): OutcomeCellSummary {
  const directions = new Map<string, number>();
  for (const g of groups) directions.set(g.direction, (directions.get(g.direction) ?? 0) + g.count);
  const count = groups.reduce((s, g) => s + g.count, 0);
  const level = groups.length ? Math.max(...groups.map((g) => g.maxEvidence)) : null;
  return {
    direction: summariseDirections(directions),
    evidenceLevel: level,
    evidenceType: evidenceTypeOfLevel(level),
    count,
    improvedCount: directions.get('IMPROVED') ?? 0,
    worsenedCount: directions.get('WORSENED') ?? 0,
    missingReason: count ? null : 'NOT_REPORTED',
  };
}
