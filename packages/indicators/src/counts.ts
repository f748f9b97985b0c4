/**
 * How many items have each value (a practice's phase …): one entry per value that occurs, in code
 * order with the unknown value (null) last, on every database alike.
 */
export function countsByValue<V extends string>(
  values: readonly (V | null)[],
): { value: V | null; count: number }[] {
  const counts = new Map<V | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([value, count]) => ({ value, count }));
}
