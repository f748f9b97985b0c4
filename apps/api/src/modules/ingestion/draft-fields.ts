import { EVIDENCE_TYPES, OUTCOME_DIRECTIONS, OUTCOME_KINDS, PARTNER_ROLES } from '@vertailu/data';
import { DOCUMENT_TYPES, type Draft as IngestedDraft, KNOWN_FUNDERS } from '@vertailu/ingest';
import { badInput } from '../../core/domain-error';
import { MAX_AMOUNT } from '../../core/validate';
import type { DraftFieldKind, FieldOrigin } from './ingestion.enums';

/** One field of a draft as stored (JSON): the value, its attributes and where in the text it stands. */
export interface DraftFieldData {
  /** Stable within the draft: "name", "amount.2", "sector.ECEC". */
  key: string;
  field: DraftFieldKind;
  value: string;
  attributes: Record<string, string>;
  start: number | null;
  end: number | null;
  passage: string | null;
  confidence: number;
  origin: FieldOrigin;
}

interface Span {
  start: number | null;
  end: number | null;
  confidence: number;
}

/** The ingester's draft as reviewable fields, each with its passage. */
export function fieldsOfDraft(text: string, d: IngestedDraft): DraftFieldData[] {
  const out: DraftFieldData[] = [];
  const add = (key: string, field: DraftFieldKind, value: string, span: Span, attributes = {}) =>
    out.push({
      key,
      field,
      value,
      attributes,
      start: span.start,
      end: span.end,
      passage: span.start === null || span.end === null ? null : text.slice(span.start, span.end),
      confidence: Math.round(span.confidence * 100) / 100,
      origin: 'EXTRACTED',
    });
  // What the document is; UNKNOWN (no genre's mark) has no passage to point at.
  add(
    'documentType',
    'DOCUMENT_TYPE',
    d.documentType,
    d.documentTypeMark ?? { start: null, end: null, confidence: 0.5 },
  );
  if (d.name) add('name', 'NAME', d.name.value, d.name);
  if (d.municipality) add('municipality', 'MUNICIPALITY', d.municipality.value, d.municipality);
  if (d.applicant) add('applicant', 'APPLICANT', d.applicant.value, d.applicant);
  if (d.period)
    add('period', 'PERIOD', `${d.period.value.start}/${d.period.value.end}`, d.period, {
      precision: d.period.value.precision,
    });
  if (d.projectNumber) add('projectNumber', 'PROJECT_NUMBER', d.projectNumber.value, d.projectNumber);
  if (d.phase) add('phase', 'PHASE', d.phase.value, d.phase);
  if (d.createdDate) add('createdDate', 'CREATED_DATE', d.createdDate.value, d.createdDate);
  if (d.modifiedDate) add('modifiedDate', 'MODIFIED_DATE', d.modifiedDate.value, d.modifiedDate);
  if (d.decisionDate) add('decisionDate', 'DECISION_DATE', d.decisionDate.value, d.decisionDate);
  d.amounts.forEach((a, i) => {
    add(`amount.${i}`, 'AMOUNT', String(a.value.euros), a, {
      role: a.value.role,
      ...(a.value.funder ? { funder: a.value.funder } : {}),
    });
  });
  const funders = new Set<string>();
  for (const f of d.funders) {
    if (funders.has(f.value)) continue;
    funders.add(f.value);
    add(`funder.${f.value}`, 'FUNDER', f.value, f);
  }
  if (d.noSeparateFunding) add('noSeparateFunding', 'NO_SEPARATE_FUNDING', 'true', d.noSeparateFunding);
  for (const s of d.sectors) add(`sector.${s.value}`, 'SECTOR', s.value, s);
  for (const t of d.targetGroups) add(`targetGroup.${t.value}`, 'TARGET_GROUP', t.value, t);
  d.partners.forEach((p, i) => {
    add(`partner.${i}`, 'PARTNER', p.value.name, p, { role: p.value.role });
  });
  d.outcomes.forEach((o, i) => {
    const { value, unit, kind, direction, evidenceType, domain, sentence } = o.value;
    add(`outcome.${i}`, 'OUTCOME', String(value), o, {
      unit,
      kind,
      direction,
      evidenceType,
      ...(domain ? { domain } : {}),
      sentence,
    });
  });
  return out;
}

/** Codes a reviewer's value must come from. */
export interface KnownCodes {
  municipalities: Set<string>;
  sectors: Set<string>;
  targetGroups: Set<string>;
  outcomeDomains: Set<string>;
}

const FUNDER_CODES = KNOWN_FUNDERS.map((f) => f.code);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Allowed attributes per field kind: name → allowed values (null = free text), and which are required. */
const ATTRIBUTES: Partial<
  Record<DraftFieldKind, Record<string, { values: readonly string[] | null; required?: boolean }>>
> = {
  PERIOD: { precision: { values: ['DAY', 'YEAR'], required: true } },
  AMOUNT: {
    role: { values: ['TOTAL_BUDGET', 'MUNICIPALITY_SHARE', 'TOTAL_COSTS', 'GRANT'], required: true },
    // Known funders by code (ESR, TSR …) or any other funder by name: funders are open-ended.
    funder: { values: null },
  },
  PARTNER: { role: { values: PARTNER_ROLES, required: true } },
  OUTCOME: {
    unit: { values: ['%', 'count'], required: true },
    kind: { values: OUTCOME_KINDS, required: true },
    direction: { values: OUTCOME_DIRECTIONS, required: true },
    evidenceType: { values: EVIDENCE_TYPES, required: true },
    domain: { values: null },
    sentence: { values: null },
  },
};

/**
 * Checks a reviewer's field (kind, value, attributes) and returns it as stored; `path` names the
 * input in errors ("set[1].value").
 */
export function checkFieldInput(
  input: { field: DraftFieldKind; value: string; attributes?: { name: string; value: string }[] | null },
  path: string,
  codes: KnownCodes,
): Omit<DraftFieldData, 'key'> {
  const value = input.value.trim();
  const bad = (message: string) => badInput(`${path}.value`, message);
  if (!value || value.length > 1000) throw bad('must be 1–1000 characters.');
  const attributes: Record<string, string> = {};
  const allowed = ATTRIBUTES[input.field] ?? {};
  for (const [i, a] of (input.attributes ?? []).entries()) {
    const rule = allowed[a.name];
    if (!rule)
      throw badInput(
        `${path}.attributes[${i}].name`,
        `${input.field} has no attribute "${a.name.slice(0, 40)}".`,
      );
    if (rule.values && !rule.values.includes(a.value))
      throw badInput(`${path}.attributes[${i}].value`, `must be one of ${rule.values.join(', ')}.`);
    if (a.value.length > 2000) throw badInput(`${path}.attributes[${i}].value`, 'at most 2000 characters.');
    attributes[a.name] = a.value;
  }
  for (const [name, rule] of Object.entries(allowed))
    if (rule.required && !(name in attributes))
      throw badInput(`${path}.attributes`, `${input.field} needs a "${name}".`);
  switch (input.field) {
    case 'MUNICIPALITY':
      if (!codes.municipalities.has(value))
        throw bad(`"${value.slice(0, 20)}" is not a known municipality code.`);
      break;
    case 'PERIOD': {
      const [start, end, extra] = value.split('/');
      if (extra !== undefined || !start || !end || !isDate(start) || !isDate(end) || start > end)
        throw bad('must be "YYYY-MM-DD/YYYY-MM-DD" with the start not after the end.');
      break;
    }
    case 'CREATED_DATE':
    case 'MODIFIED_DATE':
    case 'DECISION_DATE':
      if (!isDate(value)) throw bad('must be a date YYYY-MM-DD.');
      break;
    case 'PHASE':
      if (!['IN_DEVELOPMENT', 'COMPLETED'].includes(value)) throw bad('must be IN_DEVELOPMENT or COMPLETED.');
      break;
    case 'AMOUNT':
    case 'OUTCOME': {
      const n = Number(value);
      if (!/^\d+(?:\.\d{1,2})?$/.test(value) || n > MAX_AMOUNT)
        throw bad('must be a non-negative number (at most two decimals).');
      if (input.field === 'OUTCOME' && attributes.domain && !codes.outcomeDomains.has(attributes.domain))
        throw badInput(
          `${path}.attributes`,
          `"${attributes.domain.slice(0, 40)}" is not an outcome domain code.`,
        );
      break;
    }
    case 'FUNDER':
      // A known funder's code, or another funder's name ("KPY", "Suomen Kulttuurirahasto").
      if (!FUNDER_CODES.includes(value) && (value.length > 120 || !/^\p{L}/u.test(value)))
        throw bad(
          `must be a funder code (${FUNDER_CODES.join(', ')}) or a funder's name (at most 120 characters).`,
        );
      break;
    case 'NO_SEPARATE_FUNDING':
      if (value !== 'true') throw bad('must be "true".');
      break;
    case 'DOCUMENT_TYPE':
      if (!(DOCUMENT_TYPES as readonly string[]).includes(value))
        throw bad(`must be one of ${DOCUMENT_TYPES.join(', ')}.`);
      break;
    case 'SECTOR':
      if (!codes.sectors.has(value)) throw bad(`"${value.slice(0, 40)}" is not a sector code.`);
      break;
    case 'TARGET_GROUP':
      if (!codes.targetGroups.has(value)) throw bad(`"${value.slice(0, 40)}" is not a target group code.`);
      break;
    default:
      if (value.length > 500) throw bad('at most 500 characters.');
  }
  return {
    field: input.field,
    value,
    attributes,
    start: null,
    end: null,
    passage: null,
    confidence: 1,
    origin: 'EDITED',
  };
}

/** Kinds a draft holds at most one of. */
export const SINGLE_VALUED: DraftFieldKind[] = [
  'DOCUMENT_TYPE',
  'NAME',
  'APPLICANT',
  'MUNICIPALITY',
  'PERIOD',
  'PROJECT_NUMBER',
  'PHASE',
  'CREATED_DATE',
  'MODIFIED_DATE',
  'DECISION_DATE',
  'NO_SEPARATE_FUNDING',
];

/** The key a new field gets: fixed for single-valued kinds, else the next free "kind.N". */
export function keyFor(field: DraftFieldKind, existing: DraftFieldData[]): string {
  const base = field.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
  if (SINGLE_VALUED.includes(field)) return base;
  let n = existing.length;
  while (existing.some((f) => f.key === `${base}.${n}`)) n++;
  return `${base}.${n}`;
}
