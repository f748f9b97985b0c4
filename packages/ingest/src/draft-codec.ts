import {
  DOCUMENT_TYPES,
  type DocumentType,
  EVIDENCE_TYPES,
  type EvidenceType,
  isCode,
  OUTCOME_DIRECTIONS,
  OUTCOME_KINDS,
  type OutcomeDirection,
  type OutcomeKind,
  PARTNER_ROLES,
  type PartnerRole,
} from '@vertailu/data/vocabulary';
import type { Draft } from './document';
import {
  AMOUNT_ROLES,
  type AmountRole,
  DRAFT_PERIOD_PRECISIONS,
  DRAFT_PHASES,
  type DraftFieldKind,
  type DraftPhase,
  type FieldOrigin,
  OUTCOME_UNITS,
  type OutcomeUnit,
  SINGLE_VALUED,
} from './draft-codes';
import { KNOWN_FUNDERS } from './funders';

/**
 * The draft codec: one definition of how each field of a draft is written as text (the form GraphQL
 * serves, editors send and the database stores as JSON: a `value` string and named `attributes`) and
 * read back into typed values — dates with their precision, periods, money in integer cents, codes of
 * the one vocabulary. `encodeField` and `decodeField` are inverses (a property test holds them so);
 * `decodeField` refuses a malformed field with a `DraftFieldError` naming the field and the part.
 * Drafts stored before the codec have the same shape, so they decode as they are.
 */

/** The largest amount or figure a field may hold, in euros (the API's bound for record amounts). */
export const MAX_EUROS = 1e12;

/** A calendar date read to the day (ISO "YYYY-MM-DD"). */
export interface DraftDate {
  date: string;
  precision: 'DAY';
}

/** A period: its first and last day; YEAR precision when the document gives years only (1 Jan – 31 Dec). */
export interface DraftPeriod {
  start: string;
  end: string;
  precision: (typeof DRAFT_PERIOD_PRECISIONS)[number];
}

export interface DraftMoney {
  /** Integer cents: money is exact. */
  cents: number;
  role: AmountRole;
  /** A known funder's code (ESR, TSR …) or another funder's name; null when the passage names none. */
  funder: string | null;
}

export interface DraftPartnerValue {
  name: string;
  role: PartnerRole;
}

export interface DraftOutcomeValue {
  /** The figure in hundredths (12.5 % → 1250), so that it is exact like money. */
  hundredths: number;
  unit: OutcomeUnit;
  kind: OutcomeKind;
  direction: OutcomeDirection;
  evidenceType: EvidenceType;
  /** An outcome domain code; null until the reviewer sets one. */
  domain: string | null;
  /** The sentence the figure stands in, verbatim; null when a reviewer gave none. */
  sentence: string | null;
}

/** The typed value of each kind of field. */
export interface DraftValues {
  DOCUMENT_TYPE: DocumentType;
  NAME: string;
  /** A municipality code ("851"). */
  MUNICIPALITY: string;
  APPLICANT: string;
  PERIOD: DraftPeriod;
  PROJECT_NUMBER: string;
  PHASE: DraftPhase;
  CREATED_DATE: DraftDate;
  MODIFIED_DATE: DraftDate;
  DECISION_DATE: DraftDate;
  AMOUNT: DraftMoney;
  /** A known funder's code or another funder's name. */
  FUNDER: string;
  NO_SEPARATE_FUNDING: true;
  /** A sector code of the vocabulary. */
  SECTOR: string;
  /** A target group code of the vocabulary. */
  TARGET_GROUP: string;
  PARTNER: DraftPartnerValue;
  OUTCOME: DraftOutcomeValue;
}

/** One field with its typed value. */
export type TypedField<K extends DraftFieldKind = DraftFieldKind> = {
  [P in K]: { field: P; value: DraftValues[P] };
}[K];

/** A field written as text: what GraphQL serves, editors send and the database stores. */
export interface EncodedField {
  field: DraftFieldKind;
  value: string;
  attributes: Record<string, string>;
}

/** A field as stored in a draft (JSON): the encoded value, its key, and where in the text it stands. */
export interface StoredDraftField extends EncodedField {
  /** Stable within the draft: "name", "amount.2", "sector.ECEC". */
  key: string;
  start: number | null;
  end: number | null;
  passage: string | null;
  confidence: number;
  origin: FieldOrigin;
}

/** Which part of a field is wrong: its value, one attribute's name or value (by position), or the attributes. */
export type DraftFieldPart =
  | { part: 'value' }
  | { part: 'attributes' }
  | { part: 'attributeName' | 'attributeValue'; index: number };

/** A field that does not decode: which kind, which part, and why (an English sentence for the reviewer). */
export class DraftFieldError extends Error {
  constructor(
    readonly field: DraftFieldKind,
    readonly where: DraftFieldPart,
    message: string,
  ) {
    super(message);
    this.name = 'DraftFieldError';
  }
}

/** Codes a field's value must come from; a check is skipped when its set is not given. */
export interface KnownCodes {
  municipalities?: ReadonlySet<string>;
  sectors?: ReadonlySet<string>;
  targetGroups?: ReadonlySet<string>;
  outcomeDomains?: ReadonlySet<string>;
}

// ── text forms ────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "12500.5" → 1250050; null when not a non-negative decimal with at most two decimals within bounds. */
function hundredthsOf(text: string): number | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = Number(m[1]);
  const hundredths = whole * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return whole > MAX_EUROS || (whole === MAX_EUROS && hundredths % 100 !== 0) ? null : hundredths;
}

/**
 * Hundredths as the shortest decimal: 8650000 → "86500", 1250050 → "12500.5", 1255 → "12.55" (the
 * form the ingester has always written, so stored drafts and new ones read alike).
 */
function hundredthsText(n: number): string {
  const whole = Math.trunc(n / 100);
  const rest = n % 100;
  if (!rest) return String(whole);
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** An ingested number (euros, a percentage) in hundredths: rounded to the cent, as money is stored. */
export function toHundredths(n: number): number {
  return Math.round(n * 100);
}

// ── encode ────────────────────────────────────────────────────────────────────────────────────────

/** A typed field as text: the one place each kind's text form is written. */
export function encodeField(f: TypedField): EncodedField {
  const out = (value: string, attributes: Record<string, string> = {}): EncodedField => ({
    field: f.field,
    value,
    attributes,
  });
  switch (f.field) {
    case 'PERIOD':
      return out(`${f.value.start}/${f.value.end}`, { precision: f.value.precision });
    case 'CREATED_DATE':
    case 'MODIFIED_DATE':
    case 'DECISION_DATE':
      return out(f.value.date);
    case 'AMOUNT':
      return out(hundredthsText(f.value.cents), {
        role: f.value.role,
        ...(f.value.funder ? { funder: f.value.funder } : {}),
      });
    case 'NO_SEPARATE_FUNDING':
      return out('true');
    case 'PARTNER':
      return out(f.value.name, { role: f.value.role });
    case 'OUTCOME': {
      const { hundredths, unit, kind, direction, evidenceType, domain, sentence } = f.value;
      return out(hundredthsText(hundredths), {
        unit,
        kind,
        direction,
        evidenceType,
        ...(domain ? { domain } : {}),
        ...(sentence !== null ? { sentence } : {}),
      });
    }
    default:
      return out(f.value);
  }
}

// ── decode ────────────────────────────────────────────────────────────────────────────────────────

/** Allowed attributes per kind: name → allowed values (null = free text), and which are required. */
const ATTRIBUTES: Partial<
  Record<DraftFieldKind, Record<string, { values: readonly string[] | null; required?: boolean }>>
> = {
  PERIOD: { precision: { values: DRAFT_PERIOD_PRECISIONS, required: true } },
  AMOUNT: {
    role: { values: AMOUNT_ROLES, required: true },
    // Known funders by code (ESR, TSR …) or any other funder by name: funders are open-ended.
    funder: { values: null },
  },
  PARTNER: { role: { values: PARTNER_ROLES, required: true } },
  OUTCOME: {
    unit: { values: OUTCOME_UNITS, required: true },
    kind: { values: OUTCOME_KINDS, required: true },
    direction: { values: OUTCOME_DIRECTIONS, required: true },
    evidenceType: { values: EVIDENCE_TYPES, required: true },
    domain: { values: null },
    sentence: { values: null },
  },
};

const FUNDER_CODES = KNOWN_FUNDERS.map((f) => f.code);

/** A field as it arrives: attributes as a list (from an editor, with positions) or by name (as stored). */
export interface FieldInput {
  field: DraftFieldKind;
  value: string;
  attributes?: readonly { name: string; value: string }[] | Readonly<Record<string, string>> | null;
}

/**
 * Reads a field's text into its typed value, checking it against the vocabulary (and, when given,
 * the known municipality, sector, target group and outcome domain codes). The value is trimmed.
 * Throws `DraftFieldError` naming the part that is wrong.
 */
export function decodeField(input: FieldInput, codes: KnownCodes = {}): TypedField {
  const { field } = input;
  const value = input.value.trim();
  const fail = (message: string, where: DraftFieldPart = { part: 'value' }): never => {
    throw new DraftFieldError(field, where, message);
  };
  if (!value || value.length > 1000) fail('must be 1–1000 characters.');
  const list = Array.isArray(input.attributes)
    ? (input.attributes as readonly { name: string; value: string }[])
    : Object.entries(input.attributes ?? {}).map(([name, v]) => ({ name, value: v as string }));
  const attributes: Record<string, string> = {};
  const allowed = ATTRIBUTES[field] ?? {};
  for (const [index, a] of list.entries()) {
    const rule = allowed[a.name];
    if (!rule) fail(`${field} has no attribute "${a.name.slice(0, 40)}".`, { part: 'attributeName', index });
    else if (rule.values && !rule.values.includes(a.value))
      fail(`must be one of ${rule.values.join(', ')}.`, { part: 'attributeValue', index });
    if (a.value.length > 2000) fail('at most 2000 characters.', { part: 'attributeValue', index });
    attributes[a.name] = a.value;
  }
  for (const [name, rule] of Object.entries(allowed))
    if (rule.required && !(name in attributes)) fail(`${field} needs a "${name}".`, { part: 'attributes' });
  // The attributes are checked against their lists above; these read them with their types.
  const attribute = <T extends string>(name: string) => attributes[name] as T;

  switch (field) {
    case 'MUNICIPALITY':
      if (codes.municipalities && !codes.municipalities.has(value))
        fail(`"${value.slice(0, 20)}" is not a known municipality code.`);
      return { field, value };
    case 'PERIOD': {
      const [start, end, extra] = value.split('/');
      if (extra !== undefined || !start || !end || !isDate(start) || !isDate(end) || start > end)
        return fail('must be "YYYY-MM-DD/YYYY-MM-DD" with the start not after the end.');
      return { field, value: { start, end, precision: attribute<DraftPeriod['precision']>('precision') } };
    }
    case 'CREATED_DATE':
    case 'MODIFIED_DATE':
    case 'DECISION_DATE':
      if (!isDate(value)) fail('must be a date YYYY-MM-DD.');
      return { field, value: { date: value, precision: 'DAY' } };
    case 'PHASE':
      if (!isCodeOf(DRAFT_PHASES, value)) return fail('must be IN_DEVELOPMENT or COMPLETED.');
      return { field, value };
    case 'AMOUNT':
    case 'OUTCOME': {
      const n = hundredthsOf(value);
      if (n === null) return fail('must be a non-negative number (at most two decimals).');
      if (field === 'AMOUNT')
        return {
          field,
          value: { cents: n, role: attribute<AmountRole>('role'), funder: attributes.funder ?? null },
        };
      const domain = attributes.domain ?? null;
      if (domain && codes.outcomeDomains && !codes.outcomeDomains.has(domain))
        fail(`"${domain.slice(0, 40)}" is not an outcome domain code.`, { part: 'attributes' });
      return {
        field,
        value: {
          hundredths: n,
          unit: attribute<OutcomeUnit>('unit'),
          kind: attribute<OutcomeKind>('kind'),
          direction: attribute<OutcomeDirection>('direction'),
          evidenceType: attribute<EvidenceType>('evidenceType'),
          domain,
          sentence: attributes.sentence ?? null,
        },
      };
    }
    case 'FUNDER':
      // A known funder's code, or another funder's name ("KPY", "Suomen Kulttuurirahasto").
      if (!FUNDER_CODES.includes(value) && (value.length > 120 || !/^\p{L}/u.test(value)))
        fail(
          `must be a funder code (${FUNDER_CODES.join(', ')}) or a funder's name (at most 120 characters).`,
        );
      return { field, value };
    case 'NO_SEPARATE_FUNDING':
      if (value !== 'true') fail('must be "true".');
      return { field, value: true };
    case 'DOCUMENT_TYPE':
      if (!isCode('DocumentType', value)) return fail(`must be one of ${DOCUMENT_TYPES.join(', ')}.`);
      return { field, value };
    case 'SECTOR':
      if (codes.sectors && !codes.sectors.has(value)) fail(`"${value.slice(0, 40)}" is not a sector code.`);
      return { field, value };
    case 'TARGET_GROUP':
      if (codes.targetGroups && !codes.targetGroups.has(value))
        fail(`"${value.slice(0, 40)}" is not a target group code.`);
      return { field, value };
    case 'PARTNER':
      if (value.length > 500) fail('at most 500 characters.');
      return { field, value: { name: value, role: attribute<PartnerRole>('role') } };
    default:
      if (value.length > 500) fail('at most 500 characters.');
      return { field, value } as TypedField;
  }
}

const isCodeOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

// ── whole drafts ──────────────────────────────────────────────────────────────────────────────────

/** A stored field decoded: its typed value with its key and passage. */
export type DecodedField<K extends DraftFieldKind = DraftFieldKind> = TypedField<K> & {
  key: string;
  start: number | null;
  end: number | null;
};

/** A stored field that does not decode, named by its key. */
export class StoredFieldError extends DraftFieldError {
  constructor(
    readonly key: string,
    cause: DraftFieldError,
  ) {
    super(cause.field, cause.where, cause.message);
    this.name = 'StoredFieldError';
  }
}

/** A stored draft read into typed fields: the single-valued kinds one each (or null), the rest as lists. */
export interface DecodedDraft {
  fields: DecodedField[];
  one<K extends DraftFieldKind>(kind: K): DecodedField<K> | null;
  all<K extends DraftFieldKind>(kind: K): DecodedField<K>[];
}

/**
 * Decodes every field of a stored draft (a draft stored before the codec included: the shape is the
 * same). Throws `StoredFieldError` with the first field that does not decode.
 */
export function decodeDraft(stored: readonly StoredDraftField[], codes: KnownCodes = {}): DecodedDraft {
  const fields = stored.map((f): DecodedField => {
    try {
      return { ...decodeField(f, codes), key: f.key, start: f.start, end: f.end } as DecodedField;
    } catch (e) {
      throw e instanceof DraftFieldError ? new StoredFieldError(f.key, e) : e;
    }
  });
  return {
    fields,
    one: <K extends DraftFieldKind>(kind: K) =>
      (fields.find((f) => f.field === kind) as DecodedField<K> | undefined) ?? null,
    all: <K extends DraftFieldKind>(kind: K) => fields.filter((f) => f.field === kind) as DecodedField<K>[],
  };
}

/** The key a new field gets: fixed for single-valued kinds, else the next free "kind.N". */
export function keyFor(field: DraftFieldKind, existing: readonly { key: string }[]): string {
  const base = field.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  if (SINGLE_VALUED.includes(field)) return base;
  let n = existing.length;
  while (existing.some((f) => f.key === `${base}.${n}`)) n++;
  return `${base}.${n}`;
}

interface Span {
  start: number | null;
  end: number | null;
  confidence: number;
}

/** The ingester's draft as reviewable stored fields, each encoded by the codec and with its passage. */
export function fieldsOfDraft(text: string, d: Draft): StoredDraftField[] {
  const out: StoredDraftField[] = [];
  const add = (key: string, typed: TypedField, span: Span) =>
    out.push({
      key,
      ...encodeField(typed),
      start: span.start,
      end: span.end,
      passage: span.start === null || span.end === null ? null : text.slice(span.start, span.end),
      confidence: Math.round(span.confidence * 100) / 100,
      origin: 'EXTRACTED',
    });
  // What the document is; UNKNOWN (no genre's mark) has no passage to point at.
  add(
    'documentType',
    { field: 'DOCUMENT_TYPE', value: d.documentType },
    d.documentTypeMark ?? { start: null, end: null, confidence: 0.5 },
  );
  if (d.name) add('name', { field: 'NAME', value: d.name.value }, d.name);
  if (d.municipality)
    add('municipality', { field: 'MUNICIPALITY', value: d.municipality.value }, d.municipality);
  if (d.applicant) add('applicant', { field: 'APPLICANT', value: d.applicant.value }, d.applicant);
  if (d.period) add('period', { field: 'PERIOD', value: d.period.value }, d.period);
  if (d.projectNumber)
    add('projectNumber', { field: 'PROJECT_NUMBER', value: d.projectNumber.value }, d.projectNumber);
  if (d.phase) add('phase', { field: 'PHASE', value: d.phase.value }, d.phase);
  const date = (
    key: string,
    field: 'CREATED_DATE' | 'MODIFIED_DATE' | 'DECISION_DATE',
    v: Draft['createdDate'],
  ) => {
    if (v) add(key, { field, value: { date: v.value, precision: 'DAY' } }, v);
  };
  date('createdDate', 'CREATED_DATE', d.createdDate);
  date('modifiedDate', 'MODIFIED_DATE', d.modifiedDate);
  date('decisionDate', 'DECISION_DATE', d.decisionDate);
  d.amounts.forEach((a, i) => {
    const { euros, role, funder } = a.value;
    add(`amount.${i}`, { field: 'AMOUNT', value: { cents: toHundredths(euros), role, funder } }, a);
  });
  const funders = new Set<string>();
  for (const f of d.funders) {
    if (funders.has(f.value)) continue;
    funders.add(f.value);
    add(`funder.${f.value}`, { field: 'FUNDER', value: f.value }, f);
  }
  if (d.noSeparateFunding)
    add('noSeparateFunding', { field: 'NO_SEPARATE_FUNDING', value: true }, d.noSeparateFunding);
  for (const s of d.sectors) add(`sector.${s.value}`, { field: 'SECTOR', value: s.value }, s);
  for (const t of d.targetGroups) add(`targetGroup.${t.value}`, { field: 'TARGET_GROUP', value: t.value }, t);
  d.partners.forEach((p, i) => {
    add(`partner.${i}`, { field: 'PARTNER', value: p.value }, p);
  });
  d.outcomes.forEach((o, i) => {
    const { value, ...rest } = o.value;
    add(`outcome.${i}`, { field: 'OUTCOME', value: { ...rest, hundredths: toHundredths(value) } }, o);
  });
  return out;
}
