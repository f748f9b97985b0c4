/**
 * One shape for the records editors correct in the browser: which fields a record type shows, how
 * the typed text becomes the update input, and which values changed. Pure: tested without a browser.
 */
import { CODE_LABELS, CODE_ORDER, type CodeListName } from '@vertailu/data/vocabulary';

export type EditableType = 'Project' | 'Practice' | 'Outcome' | 'FundingLine' | 'CostItem';

/** Vocabularies whose codes live in the database (terms), not in labels.ts. */
export type TermVocabulary = 'SECTOR' | 'TARGET_GROUP' | 'OUTCOME_DOMAIN';

export interface FieldSpec {
  /** The input field of the update mutation (the API names it in errors as `input.<name>`). */
  name: string;
  kind:
    | 'text'
    | 'long'
    | 'amount'
    | 'number'
    | 'year'
    | 'date'
    | 'period'
    | 'boolean'
    /** One code of a list of labels.ts (`list`). */
    | 'code'
    /** One term of a vocabulary (`vocabulary`). */
    | 'term'
    /** Any number of terms of a vocabulary (replaces the list). */
    | 'terms'
    /** A municipality of the national register, by its code (read from `{ code }`). */
    | 'municipality';
  /** Required by the API: an emptied value is sent as '' so the API says why, at the field. */
  required?: boolean;
  list?: CodeListName;
  vocabulary?: TermVocabulary;
  /** The name the record's query reads it under, when not `name` (one alias per type: `kind` differs). */
  read?: string;
}

export const FORMS: Record<EditableType, FieldSpec[]> = {
  Project: [
    { name: 'name', kind: 'text', required: true },
    { name: 'nameEn', kind: 'text' },
    { name: 'projectNumber', kind: 'text' },
    { name: 'period', kind: 'period' },
    { name: 'status', kind: 'code', list: 'ProjectStatus' },
    { name: 'statusAsOf', kind: 'date' },
    { name: 'resultsDate', kind: 'date' },
    { name: 'sectors', kind: 'terms', vocabulary: 'SECTOR' },
    { name: 'targetGroups', kind: 'terms', vocabulary: 'TARGET_GROUP' },
    { name: 'aims', kind: 'long' },
  ],
  Practice: [
    { name: 'name', kind: 'text', required: true },
    { name: 'nameEn', kind: 'text' },
    { name: 'phase', kind: 'code', list: 'PracticePhase' },
    { name: 'phaseAsOf', kind: 'date' },
    { name: 'period', kind: 'period' },
    { name: 'municipalityCode', kind: 'municipality', required: true, read: 'municipality' },
    { name: 'permanentUse', kind: 'boolean' },
    { name: 'area', kind: 'text' },
    { name: 'createdDate', kind: 'date' },
    { name: 'modifiedDate', kind: 'date' },
    { name: 'publishedDate', kind: 'date' },
    { name: 'sectors', kind: 'terms', vocabulary: 'SECTOR' },
    { name: 'targetGroups', kind: 'terms', vocabulary: 'TARGET_GROUP' },
    { name: 'shortDescription', kind: 'long' },
    { name: 'needsAndGoals', kind: 'long' },
    { name: 'solution', kind: 'long' },
    { name: 'results', kind: 'long' },
  ],
  Outcome: [
    { name: 'summaryFi', kind: 'long' },
    { name: 'summaryEn', kind: 'long', required: true },
    { name: 'kind', kind: 'code', list: 'OutcomeKind', required: true, read: 'outcomeKind' },
    { name: 'domain', kind: 'term', vocabulary: 'OUTCOME_DOMAIN', required: true },
    { name: 'direction', kind: 'code', list: 'OutcomeDirection', required: true },
    { name: 'evidenceType', kind: 'code', list: 'EvidenceType', required: true },
    { name: 'value', kind: 'number' },
    { name: 'unit', kind: 'text' },
    { name: 'valueDescription', kind: 'text' },
    { name: 'comparison', kind: 'text' },
    { name: 'baselineYear', kind: 'year' },
    { name: 'measuredAt', kind: 'date' },
    { name: 'measuredPrecision', kind: 'code', list: 'PeriodPrecision' },
    { name: 'reportedAt', kind: 'date' },
  ],
  FundingLine: [
    { name: 'kind', kind: 'code', list: 'FundingKind', required: true, read: 'fundingKind' },
    { name: 'amount', kind: 'amount' },
    { name: 'basis', kind: 'code', list: 'CostBasis', read: 'fundingBasis' },
    { name: 'decisionDate', kind: 'date' },
    { name: 'recipientCode', kind: 'municipality', read: 'recipient' },
    { name: 'note', kind: 'long' },
  ],
  CostItem: [
    { name: 'kind', kind: 'code', list: 'CostKind', required: true, read: 'costKind' },
    { name: 'basis', kind: 'code', list: 'CostBasis', required: true, read: 'costBasis' },
    { name: 'amount', kind: 'amount' },
    { name: 'municipalityCode', kind: 'municipality', read: 'costMunicipality' },
  ],
};

export type Values = Record<string, string>;

/** A period's three parts are three form values: `period.start`, `period.end`, `period.precision`. */
export const PERIOD_PARTS = ['start', 'end', 'precision'] as const;

/** The options of a code field in the page's language, in the list's documented order. */
export function codeOptions(list: CodeListName, lang: 'fi' | 'en'): { value: string; label: string }[] {
  const labels = CODE_LABELS[list] as Record<string, { nameFi: string; nameEn: string }>;
  return CODE_ORDER[list].map((code) => {
    const l = labels[code];
    return { value: code, label: l ? (lang === 'en' ? l.nameEn : l.nameFi) : code };
  });
}

/** 2015-09-01 → "1.9.2015" in Finnish; English pages show the ISO date. */
export function showDate(iso: string | null | undefined, lang: 'fi' | 'en'): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/**
 * Reads a typed date: "1.9.2015", "01.09.2015" or "2015-09-01" → "2015-09-01"; '' → null (unknown).
 * Anything else → undefined: the editor's to fix before anything is sent. Whether the day exists is
 * the API's to say (it names the field).
 */
export function parseDate(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : [];
  if (!y || !mo || !d) return undefined;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

interface PeriodValue {
  start?: string | null;
  end?: string | null;
  precision?: string | null;
}

/** The record's current values as the form's text (null → ''; numbers as read; dates in the page's language). */
export function valuesOf(
  type: EditableType,
  record: Record<string, unknown>,
  lang: 'fi' | 'en' = 'fi',
): Values {
  const out: Values = {};
  for (const f of FORMS[type]) {
    const v = record[f.read ?? f.name];
    if (f.kind === 'period') {
      const p = (v ?? {}) as PeriodValue;
      out['period.start'] = showDate(p.start, lang);
      out['period.end'] = showDate(p.end, lang);
      out['period.precision'] = p.precision ?? '';
    } else if (f.kind === 'date') out[f.name] = showDate(v as string | null, lang);
    else if (f.kind === 'terms')
      out[f.name] = ((v ?? []) as { code: string }[])
        .map((t) => t.code)
        .sort()
        .join(',');
    else if (f.kind === 'term' || f.kind === 'municipality')
      out[f.name] = (v as { code?: string } | null)?.code ?? '';
    else if (f.kind === 'boolean') out[f.name] = v === true ? 'true' : v === false ? 'false' : '';
    else out[f.name] = v == null ? '' : String(v);
  }
  return out;
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

/** What the editor must fix before anything is sent: the form field and why. */
export interface Unreadable {
  field: string;
  reason: 'number' | 'date' | 'year';
}

const changedPart = (before: Values, after: Values, key: string) =>
  (before[key] ?? '') !== (after[key] ?? '');

/**
 * The update input's fields for what the editor changed; nothing else is sent, so nothing else is
 * touched. A period is sent whole when any of its parts changed (all emptied → null, unknown).
 */
export function changedInput(
  type: EditableType,
  before: Values,
  after: Values,
): { input: Record<string, unknown> } | { unreadable: Unreadable } {
  const input: Record<string, unknown> = {};
  for (const f of FORMS[type]) {
    if (f.kind === 'period') {
      if (!PERIOD_PARTS.some((p) => changedPart(before, after, `period.${p}`))) continue;
      const start = parseDate(after['period.start'] ?? '');
      const end = parseDate(after['period.end'] ?? '');
      if (start === undefined) return { unreadable: { field: 'period.start', reason: 'date' } };
      if (end === undefined) return { unreadable: { field: 'period.end', reason: 'date' } };
      const precision = after['period.precision'] || 'DAY';
      input.period = start === null && end === null ? null : { start, end, precision };
      continue;
    }
    if (!changedPart(before, after, f.name)) continue;
    const now = after[f.name] ?? '';
    switch (f.kind) {
      case 'amount':
      case 'number':
      case 'year': {
        const n = parseNumber(now);
        // A number the browser cannot read is the editor's to fix before anything is sent.
        if (Number.isNaN(n)) return { unreadable: { field: f.name, reason: 'number' } };
        if (f.kind === 'year' && n !== null && !Number.isInteger(n))
          return { unreadable: { field: f.name, reason: 'year' } };
        input[f.name] = n;
        break;
      }
      case 'date': {
        const d = parseDate(now);
        if (d === undefined) return { unreadable: { field: f.name, reason: 'date' } };
        input[f.name] = d;
        break;
      }
      case 'boolean':
        input[f.name] = now === 'true' ? true : now === 'false' ? false : null;
        break;
      case 'terms':
        input[f.name] = now ? now.split(',') : [];
        break;
      case 'code':
      case 'term':
      case 'municipality':
        // A required code is never emptied by the select; an optional one emptied is unknown.
        input[f.name] = now || null;
        break;
      default:
        input[f.name] = now.trim() === '' && !f.required ? null : now;
    }
  }
  return { input };
}

/** Toggles one code of a comma-separated list value (terms), keeping it sorted. */
export function toggleCode(list: string, code: string, on: boolean): string {
  const codes = new Set(list ? list.split(',') : []);
  if (on) codes.add(code);
  else codes.delete(code);
  return [...codes].sort().join(',');
}

/** A record's citation as the form holds it; `start` is where it was read (null for a new one). */
export interface CitationRow {
  /** Stable while the form is open (a React key): the source and offset read, or a new row's number. */
  uid: string;
  sourceId: string;
  sourceTitle: string;
  quote: string;
  field: string;
  note: string;
  start: number | null;
  /** The quote as read: while unchanged, the citation is sent with its offset and keeps its occurrence. */
  readQuote: string | null;
}

export function citationRowsOf(
  citations: {
    quote: string;
    start: number;
    field: string | null;
    note: string | null;
    source: { id: string; title: string };
  }[],
): CitationRow[] {
  return citations.map((c, i) => ({
    uid: `${c.source.id}@${c.start}#${i}`,
    sourceId: c.source.id,
    sourceTitle: c.source.title,
    quote: c.quote,
    field: c.field ?? '',
    note: c.note ?? '',
    start: c.start,
    readQuote: c.quote,
  }));
}

const citationKey = (rows: CitationRow[]) =>
  JSON.stringify(rows.map((r) => [r.sourceId, r.quote, r.field.trim(), r.note.trim(), r.start]));

/**
 * The record's citations as the update's `citations` (the whole list replaces the record's own), or
 * undefined when nothing changed (then they are not sent and stay as they are). An unchanged quote
 * goes with its offset, so a passage that occurs twice stays the one that was cited.
 */
export function citationsInput(
  before: CitationRow[],
  after: CitationRow[],
): Record<string, unknown>[] | undefined {
  if (citationKey(before) === citationKey(after)) return undefined;
  return after.map((r) => ({
    sourceId: r.sourceId,
    quote: r.quote,
    ...(r.start !== null && r.readQuote === r.quote ? { start: r.start } : {}),
    field: r.field.trim() || null,
    note: r.note.trim() || null,
  }));
}
