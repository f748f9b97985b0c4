export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * Competition ranks ("1224") among the known values: rank 1 is the best for the indicator's
 * polarity, or the largest for neutral ones. Unknown values get no rank.
 */
export function rank(values: (number | null)[], polarity: Polarity): (number | null)[] {
  return ranksIn(knownSorted(values), values, polarity);
}

/**
 * Ranks from the known values sorted ascending: a value's rank is 1 + how many known values are better,
 * found by binary search — O(n log n), one typed array, no map of values (a national comparison ranks
 * 309 × 50 values per request).
 */
function ranksIn(sorted: Float64Array, values: (number | null)[], polarity: Polarity): (number | null)[] {
  const n = sorted.length;
  const out = new Array<number | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number | null;
    if (v === null) out[i] = null;
    else if (polarity === 'LOWER_IS_BETTER') out[i] = 1 + countBelow(sorted, v, false);
    else out[i] = 1 + n - countBelow(sorted, v, true);
  }
  return out;
}

/**
 * How many values of an ascending array are below v — or, with `orEqual`, at most v: the index of the
 * first value ≥ v (> v), by binary search.
 */
function countBelow(sorted: Float64Array, v: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = sorted[mid] as number;
    if (m < v || (orEqual && m === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The known values, ascending. */
function knownSorted(values: (number | null)[]): Float64Array {
  let n = 0;
  for (const v of values) if (v !== null) n++;
  const known = new Float64Array(n);
  let i = 0;
  for (const v of values) if (v !== null) known[i++] = v;
  return known.sort();
}

/**
 * Ranks by polarity, and the group's mean and median when at least two values are known — from one
 * sorted copy of the known values (a national comparison summarises 309 values per indicator).
 */
export function summariseValues(
  values: (number | null)[],
  polarity: Polarity,
): { ranks: (number | null)[]; mean: number | null; median: number | null; knownCount: number } {
  const sorted = knownSorted(values);
  const knownCount = sorted.length;
  // Summed in the values' own order, as `mean` does: the same double whatever the ranking.
  let sum = 0;
  for (const v of values) if (v !== null) sum += v;
  return {
    ranks: ranksIn(sorted, values, polarity),
    mean: knownCount >= 2 ? sum / knownCount : null,
    median: knownCount >= 2 ? medianOf(sorted) : null,
    knownCount,
  };
}

export function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) / known.length : null;
}

export function median(values: (number | null)[]): number | null {
  return medianOf(knownSorted(values));
}

/** The median of values sorted ascending; null for none. */
function medianOf(known: Float64Array): number | null {
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2
    ? (known[mid] as number)
    : ((known[mid - 1] as number) + (known[mid] as number)) / 2;
}
