export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';

/**
 * Competition ranks ("1224") among the known values: rank 1 is the best for the indicator's
 * polarity, or the largest for neutral ones. Unknown values get no rank.
 */
export function rank(values: (number | null)[], polarity: Polarity): (number | null)[] {
  const known = values.filter((v): v is number => v !== null);
  const better = (a: number, b: number) => (polarity === 'LOWER_IS_BETTER' ? a < b : a > b);
  return values.map((v) => (v === null ? null : 1 + known.filter((other) => better(other, v)).length));
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
