export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * Competition ranks ("1224") among the known values: rank 1 is the best for the indicator's
 * polarity, or the largest for neutral ones. Unknown values get no rank.
 */
export function rank(values: (number | null)[], polarity: Polarity): (number | null)[] {
  // Sorted best first, a value's rank is 1 + the position where it first appears: O(n log n) for 308.
  const sorted = values
    .filter((v): v is number => v !== null)
    .sort((a, b) => (polarity === 'LOWER_IS_BETTER' ? a - b : b - a));
  const rankOf = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  });
  return values.map((v) => (v === null ? null : (rankOf.get(v) as number)));
}

export function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((s, v) => s + v, 0) / known.length : null;
}

export function median(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2
    ? (known[mid] as number)
    : ((known[mid - 1] as number) + (known[mid] as number)) / 2;
}
