/**
 * Pure view models of the review page: a document's text cut into runs at the fields' spans, a
 * passage found in the text, confidence in words. No DOM here: tested in milliseconds.
 */

export interface SpannedField {
  key: string;
  start: number | null;
  end: number | null;
}

/** A run of the text and the keys of the fields whose passage covers all of it (empty: plain text). */
export interface Run {
  start: number;
  end: number;
  text: string;
  keys: string[];
}

/**
 * Cuts the text at every span boundary, so overlapping passages (an amount inside a funding sentence)
 * each stay highlighted. Spans outside the text or empty are ignored: the text is never altered.
 */
export function runsOf(text: string, fields: readonly SpannedField[]): Run[] {
  const spans = fields.filter(
    (f): f is SpannedField & { start: number; end: number } =>
      f.start !== null && f.end !== null && f.start >= 0 && f.end <= text.length && f.start < f.end,
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const keys = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    const last = runs.at(-1);
    // Neighbouring runs with the same fields merge: fewer elements for the browser and screen readers.
    if (last && last.keys.join('|') === keys.join('|')) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else runs.push({ start, end, text: text.slice(start, end), keys });
  }
  return runs;
}

export interface Span {
  start: number;
  end: number;
  passage: string;
}

/** A selection [start, end) of the text without the white space at its edges; null when only space. */
export function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return s < e ? { start: s, end: e, passage: text.slice(s, e) } : null;
}

/**
 * Where a typed or pasted passage stands in the text: the occurrence nearest to `near` (the field's
 * current passage), so "60 000 €" picks the one the field was read from. White space may differ
 * (a line break copied as a space). Null when it does not occur.
 */
export function findPassage(text: string, passage: string, near = 0): Span | null {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
  let best: Span | null = null;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (!best || Math.abs(at - near) < Math.abs(best.start - near))
      best = { start: at, end: at + m[0].length, passage: m[0] };
  }
  return best;
}

export type ConfidenceBand = 'high' | 'medium' | 'low';

/** Labelled fields read 0.95, figures from prose lower: below 0.7 the reviewer should look closely. */
export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.7) return 'medium';
  return 'low';
}

/** "0.85" → "85 %" in Finnish and English alike (the number is the ingester's, not a probability claim). */
export function confidenceText(confidence: number, lang: 'fi' | 'en'): string {
  const pct = Math.round(confidence * 100);
  return lang === 'fi' ? `${pct} %` : `${pct}%`;
}

/** Kinds whose value is the passage's own words (a name, a code): selecting the passage sets the value too. */
const WORDS_ARE_VALUE = new Set(['NAME', 'APPLICANT', 'PARTNER', 'PROJECT_NUMBER', 'FUNDER']);

/**
 * The value a selected passage gives a field, in the form the API takes: its words for names and
 * codes, the euro amount for an AMOUNT ("91 000 €" → "91000", "12 500,50" → "12500.50"); null when
 * the value cannot be read from the words (a date range, a code): then only the span changes.
 */
export function valueFromPassage(field: string, passage: string): string | null {
  const words = passage.replace(/\s+/g, ' ').trim();
  if (!words) return null;
  if (WORDS_ARE_VALUE.has(field)) return words;
  if (field === 'AMOUNT') {
    const m = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?/.exec(words);
    if (!m) return null;
    return m[0].replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
  }
  return null;
}

export interface Attribute {
  name: string;
  value: string;
}

/** A field's attributes as the editor reads and writes them: one `name=value` a line. */
export function attributesText(attributes: readonly Attribute[]): string {
  return attributes.map((a) => `${a.name}=${a.value}`).join('\n');
}

/**
 * The editor's lines back as attributes; blank lines are skipped. A line without "=" is returned as
 * its number (1-based) to be shown at the field; whether a name or value is allowed is the API's to say.
 */
export function parseAttributes(text: string): { attributes: Attribute[] } | { badLine: number } {
  const attributes: Attribute[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const at = line.indexOf('=');
    if (at <= 0) return { badLine: i + 1 };
    attributes.push({ name: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
  }
  return { attributes };
}
