/**
 * Money is exact: amounts are integer cents in every computation and in the stored derived values;
 * euros (a JavaScript number) are made only at the edge, from cents, so 23 056 € − 9 956 € is
 * 13 100 € and not 13 100.000000000002 €. Cents stay far below 2^53, where integers are exact.
 */

/** Euros (at most two decimals, as the database stores them) to integer cents. */
export function toCents(euros: number): number {
  if (!Number.isFinite(euros)) throw new Error(`Not an amount: ${euros}`);
  const cents = Math.round(euros * 100);
  if (!Number.isSafeInteger(cents)) throw new Error(`Amount out of range: ${euros}`);
  return cents;
}

/** Integer cents to euros: the number nearest the exact decimal (1310000 → 13100). */
export function centsToEuros(cents: number): number {
  return cents / 100;
}

/** The exact decimal string of an amount of cents, two decimals, no grouping: 1310000 → "13100.00". */
export function exactEuros(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`Not whole cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Splits whole cents into parts proportional to `weights` so that the parts add up to the total
 * exactly (largest remainder; ties go to the earlier part). Used to spread a project's amount over
 * the calendar years it ran.
 */
export function splitCents(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new Error(`Not whole cents: ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!weights.length || sum <= 0) throw new Error('Weights must add up to more than 0');
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const raw = weights.map((w) => (abs * w) / sum);
  const parts = raw.map(Math.floor);
  let left = abs - parts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rest: r - Math.floor(r) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts.map((p) => p * sign);
}

/**
 * Number formats made once: `toLocaleString` builds a new formatter on every call, and a page of a
 * national list formats thousands of amounts (formulas of every item and sum). Same output.
 */
const formats = (locale: string) =>
  [0, 2].map(
    (minimumFractionDigits) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits, maximumFractionDigits: 2 }),
  ) as [Intl.NumberFormat, Intl.NumberFormat];
const FI = formats('fi-FI');
const EN = formats('en-GB');
const euros = (cents: number, [whole, withCents]: [Intl.NumberFormat, Intl.NumberFormat]) =>
  (cents % 100 ? withCents : whole).format(centsToEuros(cents));

/** Finnish form used in Finnish formulas: "13 100 €", "9 956,50 €" (no-break spaces). */
export function formatCentsFi(cents: number): string {
  return `${euros(cents, FI)}\u00a0€`;
}

/** English form used in formulas: "13,100 €", "9,956.50 €". */
export function formatCents(cents: number): string {
  return `${euros(cents, EN)} €`;
}
