import { badInput } from './domain-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts null/undefined (no value); otherwise a real calendar date `YYYY-MM-DD`. */
export function checkDate(value: string | null | undefined, field: string): void {
  if (value == null) return;
  const m = ISO_DATE.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value || Number(m[1]) < 1900 || Number(m[1]) > 2200) {
    throw badInput(field, `"${String(value).slice(0, 40)}" is not a date of the form YYYY-MM-DD.`);
  }
}

export function checkDateOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  field: string,
): void {
  if (start && end && start > end) throw badInput(field, `ends (${end}) before it starts (${start}).`);
}

/**
 * Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C),
 * the zero-width space, invisible operators and the byte-order mark: invisible in a name, they can make
 * a record look like another ("Trojan Source"). Soft hyphens (U+00AD) and the zero-width (non-)joiners
 * (U+200C/U+200D, inside emoji and some scripts' words) stay.
 */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function checkText(
  value: string | null | undefined,
  field: string,
  opts: { max: number; required?: boolean },
): void {
  if (value == null) {
    if (opts.required) throw badInput(field, 'is required.');
    return;
  }
  if (opts.required && !value.trim()) throw badInput(field, 'must not be empty.');
  if (value.length > opts.max) throw badInput(field, `must be at most ${opts.max} characters.`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value))
    throw badInput(field, 'contains control characters.');
  const invisible = INVISIBLE.exec(value);
  if (invisible)
    throw badInput(
      field,
      `contains an invisible or text-direction control character (U+${(invisible[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}), which could make the text read differently than it is stored.`,
    );
}

export const MAX_AMOUNT = 1e12;

export function checkAmount(value: number | null | undefined, field: string): void {
  if (value == null) return;
  if (!Number.isFinite(value) || value < 0)
    throw badInput(field, 'must be a number ≥ 0 (use null for unknown).');
  if (value > MAX_AMOUNT) throw badInput(field, `must be at most ${MAX_AMOUNT} euros.`);
  if (Math.round(value * 100) !== value * 100)
    throw badInput(field, 'must have at most two decimals (cents).');
}

/** A period input: real dates, in order, at least one of them. */
export function checkPeriodInput(
  period: { start?: string | null; end?: string | null } | null | undefined,
  field: string,
): void {
  if (!period) return;
  checkDate(period.start, `${field}.start`);
  checkDate(period.end, `${field}.end`);
  checkDateOrder(period.start, period.end, field);
  if (!period.start && !period.end) throw badInput(field, 'needs a start or an end (or pass null).');
}

/** Years, inclusive, 1900–2200; open ends default to the bounds. Null when no range is given. */
export function checkYearRange(
  range: { from?: number | null; to?: number | null } | null | undefined,
  field: string,
): { from: number; to: number } | null {
  if (!range) return null;
  const from = range.from ?? 1900;
  const to = range.to ?? 2200;
  for (const [name, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (y < 1900 || y > 2200) throw badInput(`${field}.${name}`, 'must be a year between 1900 and 2200.');
  }
  if (from > to) throw badInput(`${field}.from`, `must not be after ${field}.to.`);
  return { from, to };
}

/** Codes of a vocabulary or code list as a filter gives them: checked in form (their existence is the query's). */
export function checkCodes(codes: string[] | undefined, field: string): void {
  for (const [i, c] of (codes ?? []).entries()) {
    if (!/^[A-Z0-9_]{1,60}$/.test(c))
      throw badInput(`${field}[${i}]`, `"${c.slice(0, 60)}" is not a vocabulary code.`);
  }
}

export function checkMunicipalityCodes(codes: string[] | undefined, field: string): void {
  for (const [i, c] of (codes ?? []).entries()) {
    if (!/^\d{3}$/.test(c))
      throw badInput(`${field}[${i}]`, `"${c.slice(0, 20)}" is not a three-digit municipality code.`);
  }
}
