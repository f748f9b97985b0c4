import { readdirSync, readFileSync } from 'node:fs';
import { loadDataset } from '@vertailu/data';
import {
  DOCUMENT_TYPES,
  EVIDENCE_TYPES,
  OUTCOME_DIRECTIONS,
  OUTCOME_KINDS,
  PARTNER_ROLES,
} from '@vertailu/data/vocabulary';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMOUNT_ROLES,
  contextOf,
  DRAFT_FIELD_KINDS,
  DRAFT_PERIOD_PRECISIONS,
  DRAFT_PHASES,
  DraftFieldError,
  type DraftFieldKind,
  decodeDraft,
  decodeField,
  encodeField,
  fieldsOfDraft,
  ingestDocument,
  KNOWN_FUNDERS,
  keyFor,
  MAX_EUROS,
  OUTCOME_UNITS,
  type StoredDraftField,
  StoredFieldError,
  type TypedField,
} from '../src';
import { ownDocuments } from './documents';
import { nationalRegister } from './register';

// ── arbitraries: every typed value a field may hold ─────────────────────────────────────────────────

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Text as a reviewer would type it: trimmed, not empty, within the field's bound. */
const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.trim() === s && s.length > 0);
const code = fc.stringMatching(/^[A-Z][A-Z_]{1,30}$/);
const hundredths = fc.integer({ min: 0, max: MAX_EUROS * 100 });

const typedField: fc.Arbitrary<TypedField> = fc.oneof(
  fc.constantFrom(...DOCUMENT_TYPES).map((value) => ({ field: 'DOCUMENT_TYPE' as const, value })),
  text(500).map((value) => ({ field: 'NAME' as const, value })),
  fc.stringMatching(/^\d{3}$/).map((value) => ({ field: 'MUNICIPALITY' as const, value })),
  text(500).map((value) => ({ field: 'APPLICANT' as const, value })),
  fc.tuple(isoDate, isoDate, fc.constantFrom(...DRAFT_PERIOD_PRECISIONS)).map(([a, b, precision]) => {
    const [start, end] = [a, b].sort() as [string, string];
    return { field: 'PERIOD' as const, value: { start, end, precision } };
  }),
  text(500).map((value) => ({ field: 'PROJECT_NUMBER' as const, value })),
  fc.constantFrom(...DRAFT_PHASES).map((value) => ({ field: 'PHASE' as const, value })),
  fc
    .tuple(fc.constantFrom('CREATED_DATE', 'MODIFIED_DATE', 'DECISION_DATE' as const), isoDate)
    .map(([field, date]) => ({ field, value: { date, precision: 'DAY' as const } })),
  fc
    .record({
      cents: hundredths,
      role: fc.constantFrom(...AMOUNT_ROLES),
      funder: fc.option(fc.oneof(fc.constantFrom(...KNOWN_FUNDERS.map((f) => f.code)), text(120)), {
        nil: null,
      }),
    })
    .map((value) => ({ field: 'AMOUNT' as const, value })),
  fc
    .oneof(
      fc.constantFrom(...KNOWN_FUNDERS.map((f) => f.code)),
      text(120).filter((s) => /^\p{L}/u.test(s)),
    )
    .map((value) => ({ field: 'FUNDER' as const, value })),
  fc.constant({ field: 'NO_SEPARATE_FUNDING' as const, value: true as const }),
  code.map((value) => ({ field: 'SECTOR' as const, value })),
  code.map((value) => ({ field: 'TARGET_GROUP' as const, value })),
  fc
    .record({ name: text(500), role: fc.constantFrom(...PARTNER_ROLES) })
    .map((value) => ({ field: 'PARTNER' as const, value })),
  fc
    .record({
      hundredths,
      unit: fc.constantFrom(...OUTCOME_UNITS),
      kind: fc.constantFrom(...OUTCOME_KINDS),
      direction: fc.constantFrom(...OUTCOME_DIRECTIONS),
      evidenceType: fc.constantFrom(...EVIDENCE_TYPES),
      domain: fc.option(code, { nil: null }),
      sentence: fc.option(text(2000), { nil: null }),
    })
    .map((value) => ({ field: 'OUTCOME' as const, value })),
);

/** The error a field gets, as [kind, part, message]; null when it decodes. */
function refusal(input: Parameters<typeof decodeField>[0], codes = {}): [string, unknown, string] | null {
  try {
    decodeField(input, codes);
    return null;
  } catch (e) {
    if (!(e instanceof DraftFieldError)) throw e;
    return [e.field, e.where, e.message];
  }
}

describe('the draft codec', () => {
  it('reads back every typed value it writes (decode ∘ encode = identity), and writes one text for it', () => {
    fc.assert(
      fc.property(typedField, (typed) => {
        const encoded = encodeField(typed);
        const decoded = decodeField(encoded);
        expect(decoded).toEqual(typed);
        expect(encodeField(decoded)).toEqual(encoded);
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every kind of field', () => {
    const kinds = new Set<DraftFieldKind>();
    fc.assert(
      fc.property(typedField, (t) => {
        kinds.add(t.field);
      }),
      { numRuns: 2000 },
    );
    expect([...kinds].sort()).toEqual([...DRAFT_FIELD_KINDS].sort());
  });

  it('writes the forms GraphQL has always served: periods, dates, euros, attributes', () => {
    expect(
      encodeField({ field: 'PERIOD', value: { start: '2021-08-01', end: '2022-12-31', precision: 'DAY' } }),
    ).toEqual({ field: 'PERIOD', value: '2021-08-01/2022-12-31', attributes: { precision: 'DAY' } });
    expect(
      encodeField({ field: 'AMOUNT', value: { cents: 8_650_000, role: 'TOTAL_BUDGET', funder: null } }),
    ).toEqual({
      field: 'AMOUNT',
      value: '86500',
      attributes: { role: 'TOTAL_BUDGET' },
    });
    expect(
      encodeField({ field: 'AMOUNT', value: { cents: 1_250_050, role: 'GRANT', funder: 'ESR' } }).value,
    ).toBe('12500.5');
    expect(encodeField({ field: 'AMOUNT', value: { cents: 1_255, role: 'GRANT', funder: null } }).value).toBe(
      '12.55',
    );
    expect(
      encodeField({ field: 'DECISION_DATE', value: { date: '2014-10-29', precision: 'DAY' } }).value,
    ).toBe('2014-10-29');
    expect(encodeField({ field: 'NO_SEPARATE_FUNDING', value: true }).value).toBe('true');
  });

  it('reads money exactly in cents, whatever the float arithmetic of euros would give', () => {
    const cents = (v: string) => {
      const f = decodeField({ field: 'AMOUNT', value: v, attributes: { role: 'GRANT' } });
      return f.field === 'AMOUNT' ? f.value.cents : null;
    };
    expect(cents('0.1')).toBe(10);
    expect(cents('0.29')).toBe(29); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(cents('1234567.89')).toBe(123_456_789);
    expect(cents(String(MAX_EUROS))).toBe(MAX_EUROS * 100);
  });

  it('refuses a malformed field with a typed error naming the kind and the part', () => {
    expect(
      refusal({ field: 'PERIOD', value: '2022-12-31/2021-08-01', attributes: { precision: 'DAY' } }),
    ).toEqual([
      'PERIOD',
      { part: 'value' },
      'must be "YYYY-MM-DD/YYYY-MM-DD" with the start not after the end.',
    ]);
    expect(
      refusal({ field: 'PERIOD', value: '2021-02-30/2022-01-01', attributes: { precision: 'DAY' } })?.[2],
    ).toBe('must be "YYYY-MM-DD/YYYY-MM-DD" with the start not after the end.');
    expect(refusal({ field: 'PERIOD', value: '2021-01-01/2022-01-01' })).toEqual([
      'PERIOD',
      { part: 'attributes' },
      'PERIOD needs a "precision".',
    ]);
    expect(
      refusal({ field: 'AMOUNT', value: '100', attributes: [{ name: 'role', value: 'PROFIT' }] }),
    ).toEqual([
      'AMOUNT',
      { part: 'attributeValue', index: 0 },
      'must be one of TOTAL_BUDGET, MUNICIPALITY_SHARE, TOTAL_COSTS, GRANT.',
    ]);
    expect(
      refusal({
        field: 'AMOUNT',
        value: '100',
        attributes: [
          { name: 'role', value: 'GRANT' },
          { name: 'colour', value: 'red' },
        ],
      }),
    ).toEqual(['AMOUNT', { part: 'attributeName', index: 1 }, 'AMOUNT has no attribute "colour".']);
    for (const bad of ['-5', '1,5', '1.234', '1e3', String(MAX_EUROS + 1)])
      expect(refusal({ field: 'AMOUNT', value: bad, attributes: { role: 'GRANT' } }), bad).toEqual([
        'AMOUNT',
        { part: 'value' },
        'must be a non-negative number (at most two decimals).',
      ]);
    expect(refusal({ field: 'CREATED_DATE', value: '29.9.2014' })?.[2]).toBe('must be a date YYYY-MM-DD.');
    expect(refusal({ field: 'PHASE', value: 'PILOT' })?.[2]).toBe('must be IN_DEVELOPMENT or COMPLETED.');
    expect(refusal({ field: 'DOCUMENT_TYPE', value: 'BLOG' })?.[2]).toBe(
      `must be one of ${DOCUMENT_TYPES.join(', ')}.`,
    );
    expect(refusal({ field: 'NO_SEPARATE_FUNDING', value: 'yes' })?.[2]).toBe('must be "true".');
    expect(refusal({ field: 'NAME', value: '   ' })?.[2]).toBe('must be 1–1000 characters.');
    expect(refusal({ field: 'FUNDER', value: '1234 Oy' })?.[1]).toEqual({ part: 'value' });
  });

  it('checks codes against the known ones when it is given them', () => {
    const codes = {
      municipalities: new Set(['851']),
      sectors: new Set(['ECEC']),
      targetGroups: new Set(['FAMILIES']),
      outcomeDomains: new Set(['SERVICE_REACH']),
    };
    expect(refusal({ field: 'MUNICIPALITY', value: '851' }, codes)).toBeNull();
    expect(refusal({ field: 'MUNICIPALITY', value: '999' }, codes)?.[2]).toBe(
      '"999" is not a known municipality code.',
    );
    expect(refusal({ field: 'SECTOR', value: 'ECEC' }, codes)).toBeNull();
    expect(refusal({ field: 'SECTOR', value: 'NOPE' }, codes)?.[2]).toBe('"NOPE" is not a sector code.');
    expect(refusal({ field: 'TARGET_GROUP', value: 'NOPE' }, codes)?.[2]).toBe(
      '"NOPE" is not a target group code.',
    );
    const outcome = (domain: string) => ({
      field: 'OUTCOME' as const,
      value: '12.5',
      attributes: { unit: '%', kind: 'RESULT', direction: 'IMPROVED', evidenceType: 'SURVEY', domain },
    });
    expect(refusal(outcome('SERVICE_REACH'), codes)).toBeNull();
    expect(refusal(outcome('NOPE'), codes)).toEqual([
      'OUTCOME',
      { part: 'attributes' },
      '"NOPE" is not an outcome domain code.',
    ]);
    // Without the sets, only the form and the vocabulary are checked (the acceptance looks codes up itself).
    expect(refusal({ field: 'MUNICIPALITY', value: '999' })).toBeNull();
  });

  it('accepts every code of the vocabulary lists a field carries, and only those', () => {
    const outcome = (name: string, value: string) => {
      const attributes: Record<string, string> = {
        unit: 'count',
        kind: 'RESULT',
        direction: 'UNKNOWN',
        evidenceType: 'EXPERIENTIAL',
      };
      attributes[name] = value;
      return { field: 'OUTCOME' as const, value: '3', attributes };
    };
    for (const k of OUTCOME_KINDS) expect(refusal(outcome('kind', k))).toBeNull();
    for (const d of OUTCOME_DIRECTIONS) expect(refusal(outcome('direction', d))).toBeNull();
    for (const e of EVIDENCE_TYPES) expect(refusal(outcome('evidenceType', e))).toBeNull();
    for (const r of PARTNER_ROLES)
      expect(refusal({ field: 'PARTNER', value: 'Lapin yliopisto', attributes: { role: r } })).toBeNull();
    for (const t of DOCUMENT_TYPES) expect(refusal({ field: 'DOCUMENT_TYPE', value: t })).toBeNull();
    expect(refusal(outcome('direction', 'BETTER'))?.[1]).toEqual({ part: 'attributeValue', index: 2 });
    expect(refusal(outcome('evidenceType', 'ANECDOTE'))?.[1]).toEqual({ part: 'attributeValue', index: 3 });
  });
});

describe('stored drafts', () => {
  /** Fields as the API stored them before the codec (written by the previous draft-fields.ts). */
  const stored: StoredDraftField[] = JSON.parse(
    readFileSync(new URL('./fixtures/stored-draft-before-codec.json', import.meta.url), 'utf8'),
  );

  it('decode as they were stored before the codec, and each re-encodes to the text it was', () => {
    const draft = decodeDraft(stored);
    expect(draft.one('PERIOD')?.value).toEqual({ start: '2021-08-01', end: '2022-12-31', precision: 'DAY' });
    expect(draft.all('AMOUNT').map((a) => a.value)).toEqual([
      { cents: 8_650_000, role: 'TOTAL_BUDGET', funder: null },
      { cents: 6_000_000, role: 'GRANT', funder: 'OKM' },
      { cents: 1_250_050, role: 'MUNICIPALITY_SHARE', funder: null },
    ]);
    expect(draft.one('OUTCOME')?.value).toMatchObject({ hundredths: 124_000, unit: 'count', domain: null });
    expect(draft.one('DECISION_DATE')).toBeNull();
    for (const f of stored) {
      const again = encodeField(decodeField(f));
      expect(again, f.key).toEqual({ field: f.field, value: f.value, attributes: f.attributes });
    }
  });

  it('name the stored field that does not decode by its key', () => {
    const broken = stored.map((f) => (f.key === 'period' ? { ...f, value: '2021-08-01' } : f));
    expect(() => decodeDraft(broken)).toThrow(StoredFieldError);
    try {
      decodeDraft(broken);
    } catch (e) {
      expect(e).toMatchObject({ key: 'period', field: 'PERIOD', where: { part: 'value' } });
    }
  });

  it('gives new fields the next free key', () => {
    expect(keyFor('PERIOD', stored)).toBe('period');
    expect(keyFor('AMOUNT', stored)).toBe(`amount.${stored.length}`);
  });
});

describe('drafts of real documents', () => {
  const dataset = loadDataset();
  const context = { ...contextOf(dataset), municipalities: nationalRegister() };
  const seeds = readdirSync(new URL('../../data/sources/', import.meta.url))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(`../../data/sources/${f}`, import.meta.url), 'utf8'));
  const texts = [...seeds, ...ownDocuments().map((d) => d.text)];

  it('every field the ingester reads from the seeds and own documents decodes, with the known codes', () => {
    const codes = {
      municipalities: new Set(context.municipalities.map((m) => m.code)),
      sectors: new Set((context.sectors ?? []).map((t) => t.code)),
      targetGroups: new Set((context.targetGroups ?? []).map((t) => t.code)),
      outcomeDomains: new Set((context.outcomeDomains ?? []).map((t) => t.code)),
    };
    let fields = 0;
    for (const text of texts) {
      const stored = fieldsOfDraft(text, ingestDocument(text, context));
      const draft = decodeDraft(stored, codes);
      fields += draft.fields.length;
      for (const f of stored) expect(text.slice(f.start ?? 0, f.end ?? 0)).toBe(f.passage ?? '');
    }
    expect(texts.length).toBeGreaterThanOrEqual(10);
    expect(fields).toBeGreaterThan(100);
  });

  it('keeps the ingester’s figures exact: euros become the same cents', () => {
    const text = seeds[0] as string;
    const parsed = ingestDocument(text, context);
    const draft = decodeDraft(fieldsOfDraft(text, parsed));
    expect(draft.all('AMOUNT').map((a) => a.value.cents)).toEqual(
      parsed.amounts.map((a) => Math.round(a.value.euros * 100)),
    );
  });
});
