import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import {
  centsToEuros,
  type Explanation as DerivedExplanation,
  exactEuros,
  type MissingReason,
  mean,
  median,
  rank,
} from '@vertailu/indicators';
import { checkYearRange } from '../../graphql/common.types';
import { checkDeadline } from '../../graphql/deadline';
import { badInput } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { Municipality } from '../municipality/municipality.entity';
import type {
  CompareArgs,
  ComparisonRow,
  Explanation,
  IndicatorComparison,
  Normalize,
} from './comparison.types';
import { countOutcomes, countPractices, countProjects } from './counts.service';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

interface YearCell {
  total: number | null;
  /** Sum of the year's values in integer cents when every known value is money (exact). */
  cents: number | null;
  /** Rows that year, and how many had a value. */
  n: number;
  known: number;
  reason: MissingReason | null;
}

type Series = Map<number | null, YearCell>;
interface Result {
  value: number | null;
  missingReason: MissingReason | null;
  note: string | null;
  years: number[];
  formula: string;
  /** The value in integer cents when it is a sum of money (exact; `value` is made from it). */
  cents?: number | null;
  /** The records hold nothing of this kind for the municipality at all (no such line, no item). */
  noneInSources?: boolean;
}

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
): Promise<Map<string, Series>> {
  const qb = em
    .createQueryBuilder(IndicatorValue, 'v')
    .select([
      'v.indicator',
      'v.municipality',
      'v.year',
      raw('sum(v.value) as total'),
      raw('sum(v.cents) as total_cents'),
      raw('count(v.cents) as known_cents'),
      raw('count(*) as n'),
      raw('count(v.value) as known'),
      raw('min(v.missing_reason) as reason'),
    ])
    .where({ indicator: { $in: indicators }, municipality: { $in: municipalities }, gender: 'total' })
    .groupBy(['v.indicator', 'v.municipality', 'v.year']);
  // Rows of unknown year are kept: they explain why a value is missing.
  if (years) qb.andWhere({ $or: [{ year: null }, { year: { $gte: years.from, $lte: years.to } }] });
  const rows = (await qb.execute('all', false)) as Record<string, string | number | null>[];
  const out = new Map<string, Series>();
  for (const r of rows) {
    const key = `${r.indicator_code}:${r.municipality_code}`;
    const series = out.get(key) ?? new Map();
    series.set(r.year === null ? null : Number(r.year), {
      total: r.total === null ? null : Number(r.total),
      // Money is summed in cents: exact on both databases (a sum of doubles is not).
      cents:
        Number(r.known_cents) > 0 && Number(r.known_cents) === Number(r.known) ? Number(r.total_cents) : null,
      n: Number(r.n),
      known: Number(r.known),
      reason: (r.reason as MissingReason | null) ?? null,
    });
    out.set(key, series);
  }
  return out;
}

function sumOf(series: Series | undefined, what: string, divisor?: Series): Result {
  const dated = [...(series ?? new Map()).entries()].filter(([y]) => y !== null) as [number, YearCell][];
  const undated = series?.get(null);
  if (!dated.length) {
    const reason = undated ? (undated.reason ?? 'PERIOD_UNKNOWN') : 'NOT_REPORTED';
    return {
      value: null,
      noneInSources: !undated,
      missingReason: reason,
      note: null,
      years: [],
      formula: `No ${what} in these years`,
    };
  }
  const unknown = dated.find(([, c]) => c.known < c.n);
  if (unknown) {
    return {
      value: null,
      missingReason: unknown[1].reason ?? 'AMOUNT_UNKNOWN',
      note: `Unknown for ${unknown[0]}`,
      years: dated.map(([y]) => y),
      formula: `Sum of ${what}`,
    };
  }
  const years = dated.map(([y]) => y).sort();
  const note = undated
    ? `Leaves out ${undated.n} item(s) with no amount or no known years (${undated.reason ?? 'PERIOD_UNKNOWN'}).`
    : null;
  if (!divisor) {
    const money = dated.every(([, c]) => c.cents !== null);
    const cents = money ? dated.reduce((s, [, c]) => s + (c.cents as number), 0) : null;
    return {
      value: cents !== null ? centsToEuros(cents) : dated.reduce((s, [, c]) => s + (c.total ?? 0), 0),
      cents,
      missingReason: null,
      note,
      years,
      formula: `Sum of ${what} over ${years.join(', ')}`,
    };
  }
  const lacking = years.filter((y) => divisor.get(y)?.total == null || divisor.get(y)?.known === 0);
  if (lacking.length) {
    return {
      value: null,
      missingReason: 'NO_POPULATION_FOR_YEAR',
      note: `No population for ${lacking.join(', ')}`,
      years,
      formula: `Sum of ${what} ÷ population, year by year`,
    };
  }
  const value = dated.reduce((s, [y, c]) => s + (c.total ?? 0) / (divisor.get(y)?.total as number), 0);
  return {
    value,
    missingReason: null,
    note,
    years,
    formula: `Σ over ${years.join(', ')} of (${what} ÷ population of that year)`,
  };
}

function latestOf(series: Series | undefined, what: string): Result {
  const known = [...(series ?? new Map()).entries()]
    .filter(([y, c]) => y !== null && c.known > 0)
    .sort((a, b) => b[0] - a[0]);
  const [year, cell] = known[0] ?? [];
  if (year == null || !cell)
    return {
      value: null,
      missingReason: 'NOT_REPORTED',
      note: `No ${what} for these years`,
      years: [],
      formula: `Latest ${what}`,
    };
  return {
    value: cell.total,
    missingReason: null,
    note: null,
    years: [year],
    formula: `${what} at the end of ${year} (latest year with data)`,
  };
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
  deadline?: number,
): Promise<IndicatorComparison[]> {
  if (!args.municipalities.length || args.municipalities.length > 400)
    throw badInput('municipalities', 'give 1–400 municipality codes.');
  if (!args.indicators.length || args.indicators.length > 50)
    throw badInput('indicators', 'give 1–50 indicator codes.');
  refuseDuplicates(args.municipalities, 'municipalities');
  refuseDuplicates(args.indicators, 'indicators');
  const years = checkYearRange(args.years, 'years');
  const municipalities = await em.find(Municipality, { code: { $in: args.municipalities } });
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  args.municipalities.forEach((c, i) => {
    if (!byCode.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
  const indicators = await em.find(Indicator, { code: { $in: args.indicators } });
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
  const codes = args.municipalities;
  const countedIndicators = indicators.filter((i) => i.aggregation === 'COUNT_SQL');
  const outcomeCodes = indicators.filter((i) => i.aggregation === 'OUTCOME_SQL').map((i) => i.code);
  // Independent statements, side by side (PostgreSQL gives each its own pooled connection).
  const [series, countedValues, outcomeCounts] = await Promise.all([
    loadSeries(em, [...stored], codes, years),
    Promise.all(
      countedIndicators.map((i) =>
        i.code === 'PROJECT_COUNT' ? countProjects(em, codes, years) : countPractices(em, codes),
      ),
    ),
    outcomeCodes.length ? countOutcomes(em, codes) : null,
  ]);
  const get = (indicator: string, code: string) => series.get(`${indicator}:${code}`);
  const counted = new Map(
    countedIndicators.map((i, n) => [i.code, countedValues[n] as Map<string, number | null>]),
  );

  return args.indicators.map((indicatorCode) => {
    checkDeadline(deadline); // up to 50 indicators × 400 municipalities of work: stop between indicators
    const indicator = indicatorByCode.get(indicatorCode) as Indicator;
    const normalize: Normalize = indicator.normalizable ? args.normalize : 'NONE';
    const unit = normalize === 'NONE' ? indicator.unit : NORMALIZE_BY[normalize].unit;
    const results = codes.map((code): Result => {
      const what = indicator.nameEn.toLowerCase();
      switch (indicator.aggregation) {
        case 'SUM':
          return sumOf(
            get(indicator.code, code),
            what,
            normalize === 'NONE' ? undefined : (get(NORMALIZE_BY[normalize].indicator, code) ?? new Map()),
          );
        case 'LATEST':
          return latestOf(get(indicator.code, code), what);
        case 'RATIO': {
          const num = sumOf(
            get(indicator.ratioNumerator as string, code),
            indicator.ratioNumerator as string,
          );
          const den = sumOf(
            get(indicator.ratioDenominator as string, code),
            indicator.ratioDenominator as string,
          );
          const formula = `${indicator.ratioNumerator} ÷ ${indicator.ratioDenominator}${indicator.ratioFactor !== 1 ? ` × ${indicator.ratioFactor}` : ''}`;
          if (den.value === null)
            return {
              ...den,
              missingReason: 'DENOMINATOR_UNKNOWN',
              note: `${indicator.ratioDenominator} unknown (${den.missingReason})`,
              formula,
            };
          if (num.value === null) return { ...num, formula };
          if (den.value === 0)
            return {
              value: null,
              missingReason: 'NOT_APPLICABLE',
              note: `${indicator.ratioDenominator} is 0`,
              years: den.years,
              formula,
            };
          return {
            value: (num.value / den.value) * (indicator.ratioFactor ?? 1),
            missingReason: null,
            note: num.note ?? den.note,
            years: [...new Set([...num.years, ...den.years])].sort(),
            formula,
          };
        }
        case 'COUNT_SQL': {
          const value = counted.get(indicator.code)?.get(code) ?? 0;
          return { value, missingReason: null, note: null, years: [], formula: indicator.definition };
        }
        default: {
          const cell = outcomeCounts?.get(code);
          const value =
            indicator.code === 'OUTCOMES_IMPROVED'
              ? (cell?.improved ?? 0)
              : indicator.code === 'OUTCOMES_WORSENED'
                ? (cell?.worsened ?? 0)
                : (cell?.strongest ?? null);
          return {
            value,
            missingReason: value === null ? 'NOT_REPORTED' : null,
            note: cell ? `${cell.results} reported results` : 'No results reported',
            years: [],
            formula: indicator.definition,
          };
        }
      }
    });
    const values = results.map((r) => r.value);
    const ranks = rank(values, indicator.polarity);
    const knownCount = values.filter((v) => v !== null).length;
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
      years: r.years,
      explanation: { formula: r.formula, inputs: [] } as Explanation,
      // Resolved lazily (see ComparisonRowResolver) from the stored values' own explanations.
      ...({
        _lookup: {
          indicator: indicator.code,
          municipality: codes[i],
          years: r.years,
          ratio:
            indicator.aggregation === 'RATIO' ? [indicator.ratioNumerator, indicator.ratioDenominator] : null,
        },
      } as object),
    }));
    return {
      indicator,
      normalize,
      rows,
      mean: knownCount >= 2 ? mean(values) : null,
      median: knownCount >= 2 ? median(values) : null,
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

/** What one compared value's explanation needs: its stored indicators, municipality and years. */
export interface ExplanationKey {
  indicators: string[];
  municipality: string;
  years: number[];
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
  const rows = await em.find(
    IndicatorValue,
    {
      indicator: { $in: indicators },
      municipality: { $in: municipalities },
      ...(anyYear ? {} : { $or: [{ year: { $in: years } }, { year: null }] }),
    },
    { orderBy: { year: 'asc', id: 'asc' } },
  );
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
          value: row.value,
          unit: row.indicator.code,
          recordId: null,
        });
      }
    }
    return [...seen.values()];
  });
}
