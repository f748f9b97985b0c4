/**
 * The Timeline's years from the data: from the earliest start to the latest end or this year, whichever
 * is later (an open period runs on to today). No data: just this year.
 */
export function timelineYears(
  periods: { start: string | null; end: string | null }[],
  today: Date,
): number[] {
  const now = today.getUTCFullYear();
  const starts = periods.flatMap((p) => (p.start ? [Number(p.start.slice(0, 4))] : []));
  const ends = periods.flatMap((p) => (p.end ? [Number(p.end.slice(0, 4))] : []));
  const first = Math.min(now, ...starts);
  const last = Math.max(now, ...ends);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
