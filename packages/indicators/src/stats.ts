export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * Competition ranks ("1224") among the known values: rank 1 is the best for the indicator's
 * polarity, or the largest for neutral ones. Unknown values get no rank.
 */
export function rank(values: (number | null)[], polarity: Polarity): (number | null)[] {
  // Sorted best first, a value's rank is 1 + the position where it first appears: O(n log n). A typed
  // array sorts numbers without a comparator call per pair (a national comparison ranks 309 × 50).
  const sorted = knownSorted(values);
  const n = sorted.length;
  const rankOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const v = sorted[polarity === 'LOWER_IS_BETTER' ? i : n - 1 - i] as number;
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  }
  return values.map((v) => (v === null ? null : (rankOf.get(v) as number)));
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

export function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) / known.length : null;
}

export function median(values: (number | null)[]): number | null {
  const known = knownSorted(values);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2
    ? (known[mid] as number)
    : ((known[mid - 1] as number) + (known[mid] as number)) / 2;
}
