import type { EntityManager } from '@mikro-orm/knex';
import {
  type CombinedValue,
  countValue,
  type Explanation as DerivedExplanation,
  exactEuros,
  latestOfCells,
  latestOfEach,
  type MissingReason,
  outcomeCountsByMunicipality,
  outcomeValue,
  ratioOf,
  type Series,
  summariseValues,
  sumOf,
  yearCellOf,
} from '@vertailu/indicators';
import { checkDeadline } from '../../core/budget';
import { badInput } from '../../core/domain-error';
import { toGlobalId } from '../../core/record-id';
import { checkYearRange } from '../../core/validate';
import { findPlain, plainColumns, plainRows, type RowLoaders, readSql, rowsByKey } from '../../db/plain';
import { Municipality } from '../municipality/municipality.entity';
import type {
  CompareArgs,
  ComparisonRow,
  Explanation,
  ExplanationKey,
  IndicatorComparison,
  Normalize,
} from './comparison.types';
import { readComparison, type YearSumSqlRow } from './comparison-statement';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

const NORMALIZE_BY: Record<Exclude<Normalize, 'NONE'>, { indicator: string; unit: string }> = {
  PER_INHABITANT: { indicator: 'POPULATION', unit: 'EUR_PER_INHABITANT' },
  PER_CHILD: { indicator: 'POPULATION_0_17', unit: 'EUR_PER_CHILD' },
};

/** Per indicator and municipality: the values of each year, summed in the database. */
export async function loadSeries(
  em: EntityManager,
  indicators: string[],
  municipalities: string[],
  years: { from: number; to: number } | null,
): Promise<SeriesByIndicator> {
  const { sums } = await readComparison(em, {
    ...NOTHING_COUNTED,
    municipalities,
    years,
    sums: indicators,
    latest: [],
  });
  return seriesOf(sums);
}

const NOTHING_COUNTED = { projectCounts: false, practiceCounts: false, outcomeGroups: false } as const;

/** Series of yearly sums per indicator, then per municipality. */
export type SeriesByIndicator = Map<string, Map<string, Series>>;

/** The yearly sums as series per indicator and municipality (nested maps: no key string per row). */
function seriesOf(rows: YearSumSqlRow[]): SeriesByIndicator {
  const out: SeriesByIndicator = new Map();
  for (const r of rows) {
    let ofIndicator = out.get(r.indicator_code);
    if (!ofIndicator) {
      ofIndicator = new Map();
      out.set(r.indicator_code, ofIndicator);
    }
    let series = ofIndicator.get(r.municipality_code);
    if (!series) {
      series = new Map();
      ofIndicator.set(r.municipality_code, series);
    }
    // Money is summed in cents: exact on both databases (a sum of doubles is not).
    const [year, cell] = yearCellOf({
      year: r.year,
      total: r.total,
      totalCents: r.total_cents,
      knownCents: r.known_cents,
      n: r.n,
      known: r.known,
      reason: (r.reason as MissingReason | null) ?? null,
    });
    series.set(year, cell);
  }
  return out;
}

/** A code given twice would be computed (and explained) twice for nothing: refused, naming the repeat. */
export function refuseDuplicates(codes: readonly string[], field: string): void {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c)) throw badInput(`${field}[${i}]`, `"${c.slice(0, 20)}" is given twice.`);
    seen.add(c);
  });
}

/**
 * compareMunicipalities: values per indicator and municipality over a year range, normalised on
 * request, ranked, with group mean and median. Sums happen in SQL; this combines the yearly sums.
 */
export async function compareMunicipalities(
  em: EntityManager,
  args: CompareArgs,
  options: { deadline?: number; loaders?: RowLoaders } = {},
): Promise<IndicatorComparison[]> {
  const { deadline, loaders } = options;
  if (!args.municipalities.length || args.municipalities.length > 400)
    throw badInput('municipalities', 'give 1–400 municipality codes.');
  if (!args.indicators.length || args.indicators.length > 50)
    throw badInput('indicators', 'give 1–50 indicator codes.');
  refuseDuplicates(args.municipalities, 'municipalities');
  refuseDuplicates(args.indicators, 'indicators');
  const years = checkYearRange(args.years, 'years');
  // Side by side, and through the request's loaders when there are any: a municipality or indicator
  // another part of the request read already costs no statement.
  const [municipalities, indicators] = await Promise.all([
    rowsByKey(em, loaders, Municipality, 'code', args.municipalities),
    rowsByKey(em, loaders, Indicator, 'code', args.indicators),
  ]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  args.municipalities.forEach((c, i) => {
    if (!byCode.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
  const indicatorByCode = new Map(indicators.map((i) => [i.code, i]));
  args.indicators.forEach((c, i) => {
    if (!indicatorByCode.has(c))
      throw badInput(
        `indicators[${i}]`,
        `"${c.slice(0, 60)}" is not an indicator code (see the \`indicators\` query).`,
      );
  });

  const stored = new Set<string>();
  for (const i of indicators) {
    if (i.aggregation === 'SUM' || i.aggregation === 'LATEST') stored.add(i.code);
    if (i.aggregation === 'RATIO' && i.ratioNumerator && i.ratioDenominator)
      stored.add(i.ratioNumerator).add(i.ratioDenominator);
  }
  if (args.normalize !== 'NONE') stored.add(NORMALIZE_BY[args.normalize].indicator);
  // LATEST indicators no other requested indicator sums or divides by: only their latest year is read.
  const summed = new Set<string>();
  for (const i of indicators)
    if (i.aggregation === 'RATIO' && i.ratioNumerator && i.ratioDenominator)
      summed.add(i.ratioNumerator).add(i.ratioDenominator);
  if (args.normalize !== 'NONE') summed.add(NORMALIZE_BY[args.normalize].indicator);
  const latestOnly = new Set(
    indicators.filter((i) => i.aggregation === 'LATEST' && !summed.has(i.code)).map((i) => i.code),
  );
  const codes = args.municipalities;
  const countedIndicators = indicators.filter((i) => i.aggregation === 'COUNT_SQL');
  const outcomeCodes = indicators.filter((i) => i.aggregation === 'OUTCOME_SQL').map((i) => i.code);
  // One statement for all of it (comparison-statement.ts).
  const read = await readComparison(em, {
    municipalities: codes,
    years,
    sums: [...stored].filter((i) => !latestOnly.has(i)),
    latest: [...stored].filter((i) => latestOnly.has(i)),
    projectCounts: countedIndicators.some((i) => i.code === 'PROJECT_COUNT'),
    practiceCounts: countedIndicators.some((i) => i.code !== 'PROJECT_COUNT'),
    outcomeGroups: outcomeCodes.length > 0,
  });
  const series = seriesOf(read.sums);
  const outcomeCounts = outcomeCodes.length ? outcomeCountsByMunicipality(read.outcomeGroups) : null;
  const get = (indicator: string, code: string) => series.get(indicator)?.get(code);
  const counted = new Map(
    countedIndicators.map((i) => [
      i.code,
      i.code === 'PROJECT_COUNT' ? read.projectCounts : read.practiceCounts,
    ]),
  );

  return args.indicators.map((indicatorCode) => {
    checkDeadline(deadline); // up to 50 indicators × 400 municipalities of work: stop between indicators
    const indicator = indicatorByCode.get(indicatorCode) as Indicator;
    const normalize: Normalize = indicator.normalizable ? args.normalize : 'NONE';
    const unit = normalize === 'NONE' ? indicator.unit : NORMALIZE_BY[normalize].unit;
    const what = { en: indicator.nameEn.toLowerCase(), fi: indicator.nameFi.toLowerCase() };
    const combined = (code: string): CombinedValue => {
      switch (indicator.aggregation) {
        case 'SUM':
          return sumOf(
            get(indicator.code, code),
            what,
            normalize === 'NONE' ? undefined : (get(NORMALIZE_BY[normalize].indicator, code) ?? new Map()),
          );
        case 'RATIO':
          return ratioOf(
            get(indicator.ratioNumerator as string, code),
            get(indicator.ratioDenominator as string, code),
            {
              numerator: indicator.ratioNumerator as string,
              denominator: indicator.ratioDenominator as string,
              factor: indicator.ratioFactor,
            },
          );
        case 'COUNT_SQL':
          return countValue(
            counted.get(indicator.code)?.get(code),
            indicator.definition,
            indicator.definitionFi ?? indicator.definition,
          );
        default:
          return outcomeValue(
            indicator.code,
            outcomeCounts?.get(code),
            indicator.definition,
            indicator.definitionFi ?? indicator.definition,
          );
      }
    };
    // The latest values of all the municipalities at once: their words are made once per year.
    // Read by their latest years alone (in the order of `codes`) when nothing else needs the others.
    const latestCells = read.latest.get(indicator.code);
    const results =
      indicator.aggregation !== 'LATEST'
        ? codes.map(combined)
        : latestCells
          ? latestOfCells(latestCells, what)
          : latestOfEach(
              codes.map((code) => get(indicator.code, code)),
              what,
            );
    const values = results.map((r) => r.value);
    const { ranks, mean, median, knownCount } = summariseValues(values, indicator.polarity);
    // The stored indicators an explanation's inputs come from: one array per indicator, shared by its rows.
    const inputIndicators =
      indicator.aggregation === 'RATIO'
        ? [indicator.ratioNumerator as string, indicator.ratioDenominator as string]
        : [indicator.code];
    const rows: ComparisonRow[] = results.map((r, i) => ({
      municipality: byCode.get(codes[i] as string) as Municipality,
      value: r.value,
      exact: r.cents != null && r.value !== null ? exactEuros(r.cents) : null,
      noneInSources:
        r.value === null &&
        r.noneInSources === true &&
        indicator.aggregation === 'SUM' &&
        indicator.category === 'COST',
      unit,
      rank: ranks[i] ?? null,
      missingReason: r.value === null ? r.missingReason : null,
      note: r.note,
      noteFi: r.noteFi,
      years: r.years,
      formula: r.formula,
      formulaFi: r.formulaFi ?? null,
      inputIndicators,
    }));
    return {
      indicator,
      normalize,
      rows,
      mean,
      median,
      knownCount,
    };
  });
}

/** A derived value's input as the API serves it: the record's global id instead of its type and number. */
export function toExplanationInput(
  input: DerivedExplanation['inputs'][number],
): Explanation['inputs'][number] {
  return {
    label: input.label,
    labelFi: input.labelFi ?? null,
    kind: input.kind ?? null,
    basis: input.basis ?? null,
    value: input.value,
    unit: input.unit,
    recordId: input.recordType && input.recordId ? toGlobalId(input.recordType, input.recordId) : null,
  };
}

/**
 * Inputs of many compared values at once (one statement for every row of a comparison): the records
 * behind the stored yearly values, each listed once per value.
 */
export async function explanationInputs(
  em: EntityManager,
  keys: readonly ExplanationKey[],
  deadline?: number,
): Promise<Explanation['inputs'][]> {
  const indicators = [...new Set(keys.flatMap((k) => k.indicators))];
  const municipalities = [...new Set(keys.map((k) => k.municipality))];
  const years = [...new Set(keys.flatMap((k) => k.years))];
  const anyYear = keys.some((k) => !k.years.length);
  const knex = readSql(em);
  const query = knex
    .select(plainColumns(em, IndicatorValue, 'indicator_value'))
    .from('indicator_value')
    .whereIn('indicator_code', indicators)
    .whereIn('municipality_code', municipalities)
    .orderBy([
      { column: 'year', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
  if (!anyYear) query.where((q) => q.whereIn('year', years).orWhereNull('year'));
  // Plain rows; the indicators' names (for a statistic's label) from their own rows.
  const [rows, named] = await Promise.all([
    query.then((r: Record<string, unknown>[]) => plainRows(em, IndicatorValue, r)),
    findPlain(em, Indicator, { code: { $in: indicators } }),
  ]);
  const nameFi = new Map(named.map((i) => [i.code, i.nameFi]));
  const byCell = new Map<string, IndicatorValue[]>();
  const order = new Map(rows.map((row, i) => [row, i]));
  for (const row of rows) {
    const cell = `${row.indicator.code}:${row.municipality.code}`;
    const list = byCell.get(cell);
    if (list) list.push(row);
    else byCell.set(cell, [row]);
  }
  return keys.map((key, n) => {
    if (n % 500 === 0) checkDeadline(deadline);
    const wanted = new Set(key.years);
    const mine = key.indicators
      .flatMap((i) => byCell.get(`${i}:${key.municipality}`) ?? [])
      .filter((row) => !wanted.size || row.year === null || wanted.has(row.year))
      .sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    const seen = new Map<string, Explanation['inputs'][number]>();
    for (const row of mine) {
      const explanation = row.explanation as DerivedExplanation | null;
      for (const input of (explanation?.inputs ?? []).map(toExplanationInput)) {
        const k = input.recordId ?? input.label;
        if (!seen.has(k)) seen.set(k, input);
      }
      if (!explanation && row.value !== null) {
        seen.set(`IndicatorValue:${row.id}`, {
          label: `${row.indicator.code} ${row.year ?? ''} (${row.provenance.toLowerCase()}${row.sourceNote ? `: ${row.sourceNote}` : ''})`,
          labelFi: `${nameFi.get(row.indicator.code)} ${row.year ?? ''} (${row.provenance.toLowerCase()}${row.sourceNote ? `: ${row.sourceNote}` : ''})`,
          value: row.value,
          unit: row.indicator.code,
          recordId: null,
        });
      }
    }
    return [...seen.values()];
  });
}
