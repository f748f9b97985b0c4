const DAY = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Days from `start` to `end`, both inclusive. */
export function daysInclusive(start: string, end: string): number {
  return Math.round((utc(end) - utc(start)) / DAY) + 1;
}

/** Length of a period in years (365.25-day years, both ends inclusive): 2015-01-01..2018-12-31 → 4. */
export function periodYears(start: string, end: string): number {
  return daysInclusive(start, end) / 365.25;
}

/** Days of a period falling in each calendar year (both ends inclusive): whole numbers, for exact splits. */
export function yearDays(start: string, end: string): Map<number, number> {
  const days = new Map<number, number>();
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const from = year === Number(start.slice(0, 4)) ? start : `${year}-01-01`;
    const to = year === Number(end.slice(0, 4)) ? end : `${year}-12-31`;
    days.set(year, daysInclusive(from, to));
  }
  return days;
}

/**
 * Shares of a period falling in each calendar year, by days: they add up to 1. This is how an
 * amount for a whole project is spread over the years it ran ("annualised over the actual period").
 */
export function yearShares(start: string, end: string): Map<number, number> {
  const total = daysInclusive(start, end);
  const shares = new Map<number, number>();
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    const from = year === Number(start.slice(0, 4)) ? start : `${year}-01-01`;
    const to = year === Number(end.slice(0, 4)) ? end : `${year}-12-31`;
    shares.set(year, daysInclusive(from, to) / total);
  }
  return shares;
}
