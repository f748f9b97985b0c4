/** Pure view models of the national pages: classes for a choropleth, ranks, medians, size bands. */

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Up to `k` classes of equal count (quantiles) over the known values: the upper bounds, ascending,
 * without repeats (a value shared by many municipalities, zero among them, stays in one class).
 */
export function classBreaks(values: number[], k = 5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const breaks: number[] = [];
  for (let i = 1; i <= k; i++) {
    const at = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / k) - 1)] as number;
    if (breaks.at(-1) !== at) breaks.push(at);
  }
  return breaks;
}

/** The class index of a value (0 = lowest), or null when the value is unknown — never class 0. */
export function classOf(value: number | null | undefined, breaks: number[]): number | null {
  if (value == null || !breaks.length) return null;
  const i = breaks.findIndex((b) => value <= b);
  return i < 0 ? breaks.length - 1 : i;
}

/** Sequential blues, light to dark, readable on white (the darkest two take white text). */
export const CLASS_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** "12 / 309": a rank among the municipalities that have a value. */
export function rankOf(rank: number | null | undefined, ranked: number): string | null {
  return rank == null ? null : `${rank} / ${ranked}`;
}

/** The median per group (county) of the known values. */
export function groupMedians<T>(
  rows: T[],
  groupOf: (row: T) => string,
  valueIn: (row: T) => number | null | undefined,
): Map<string, number | null> {
  const byGroup = new Map<string, number[]>();
  for (const row of rows) {
    const value = valueIn(row);
    const values = byGroup.get(groupOf(row)) ?? [];
    if (value != null) values.push(value);
    byGroup.set(groupOf(row), values);
  }
  return new Map([...byGroup].map(([g, values]) => [g, median(values)]));
}

/** Population size bands planners use for peers (Statistics Finland's municipal key-figure classes). */
export const SIZE_BANDS = [0, 5_000, 10_000, 20_000, 50_000, 100_000, Number.POSITIVE_INFINITY];

export function sizeBand(population: number): number {
  return SIZE_BANDS.findIndex((upper, i) => i > 0 && population < upper) - 1;
}

/** Municipalities in the same size band as `code`, itself included; empty when its population is unknown. */
export function sameSizePeers(code: string, population: Map<string, number>): string[] {
  const own = population.get(code);
  if (own == null) return [];
  const band = sizeBand(own);
  return [...population].filter(([, p]) => sizeBand(p) === band).map(([c]) => c);
}

/** Where a value sits on a strip `width` wide: linear, or logarithmic when values span orders of magnitude. */
export function stripScale(values: number[], width: number): { x: (v: number) => number; log: boolean } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (!values.length || min === max) return { x: () => width / 2, log: false };
  const log = min > 0 && max / min > 50;
  const f = log ? Math.log10 : (v: number) => v;
  return { x: (v) => ((f(v) - f(min)) / (f(max) - f(min))) * width, log };
}
