/**
 * One shape for the records editors correct in the browser: which fields a record type shows, how
 * the typed text becomes the update input, and which values changed. Pure: tested without a browser.
 */

export type EditableType = 'Project' | 'Practice' | 'Outcome' | 'FundingLine' | 'CostItem';

export interface FieldSpec {
  /** The input field of the update mutation (the API names it in errors as `input.<name>`). */
  name: string;
  kind: 'text' | 'long' | 'amount' | 'number';
  /** Required by the API: an emptied value is sent as '' so the API says why, at the field. */
  required?: boolean;
}

export const FORMS: Record<EditableType, FieldSpec[]> = {
  Project: [
    { name: 'name', kind: 'text', required: true },
    { name: 'nameEn', kind: 'text' },
    { name: 'projectNumber', kind: 'text' },
    { name: 'aims', kind: 'long' },
  ],
  Practice: [
    { name: 'name', kind: 'text', required: true },
    { name: 'nameEn', kind: 'text' },
    { name: 'shortDescription', kind: 'long' },
    { name: 'results', kind: 'long' },
  ],
  Outcome: [
    { name: 'summaryEn', kind: 'long', required: true },
    { name: 'value', kind: 'number' },
    { name: 'unit', kind: 'text' },
    { name: 'valueDescription', kind: 'text' },
  ],
  FundingLine: [
    { name: 'amount', kind: 'amount' },
    { name: 'note', kind: 'long' },
  ],
  CostItem: [{ name: 'amount', kind: 'amount' }],
};

export type Values = Record<string, string>;

/** The record's current values as the form's text (null → ''; numbers as typed in Finnish: 1 234,5 → "1234.5"). */
export function valuesOf(type: EditableType, record: Record<string, unknown>): Values {
  return Object.fromEntries(
    FORMS[type].map((f) => {
      const v = record[f.name];
      return [f.name, v == null ? '' : String(v)];
    }),
  );
}

/**
 * Reads a typed number: spaces (also no-break) as thousands separators, a decimal comma or point.
 * Not a number → NaN, which is sent on so the API names the field; '' → null (unknown, never 0).
 */
export function parseNumber(text: string): number | null {
  const t = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace(/€$/, '');
  if (!t) return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The update input's fields for what the editor changed; nothing else is sent, so nothing else is touched. */
export function changedInput(
  type: EditableType,
  before: Values,
  after: Values,
): { input: Record<string, unknown> } | { unreadable: string } {
  const input: Record<string, unknown> = {};
  for (const f of FORMS[type]) {
    const was = before[f.name] ?? '';
    const now = after[f.name] ?? '';
    if (now === was) continue;
    if (f.kind === 'amount' || f.kind === 'number') {
      const n = parseNumber(now);
      // A number the browser cannot read is the editor's to fix before anything is sent.
      if (Number.isNaN(n)) return { unreadable: f.name };
      input[f.name] = n;
    } else input[f.name] = now.trim() === '' && !f.required ? null : now;
  }
  return { input };
}
