import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MetadataStorage } from '@mikro-orm/core';
import { CODE_LABELS, CODE_LISTS, type CodeListName, EVIDENCE_SCALE } from '@vertailu/data/vocabulary';
import { evidenceLevel as indicatorsEvidenceLevel } from '@vertailu/indicators';
import { DraftFieldError, decodeField } from '@vertailu/ingest';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../src/config';
import { entities } from '../src/db/entities';
import { SCHEMA_FILE } from '../src/graphql/schema-file';

/**
 * One vocabulary: a code added to a list of `@vertailu/data/vocabulary` must have its Finnish and
 * English label, be a value of its GraphQL enum, be accepted by the ingester's draft codec where a
 * draft carries it, and be the entity column's allowed values — or one of these tests fails.
 */

/** Lists that are value sets of a string field, not GraphQL enums (the draft's DOCUMENT_TYPE value). */
const VALUE_SETS: CodeListName[] = ['DocumentType'];

/** Enum columns the API never serves (so no GraphQL enum), each with the one list it comes from. */
const NOT_SERVED: Record<string, readonly string[]> = { 'ApiKey.role': ROLES };

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const listNames = Object.keys(CODE_LISTS) as CodeListName[];

type FieldInput = Parameters<typeof decodeField>[0];

/** Whether the codec reads a field built around one code without refusing it. */
function accepts(field: FieldInput): boolean {
  try {
    decodeField(field);
    return true;
  } catch (e) {
    if (e instanceof DraftFieldError) return false;
    throw e;
  }
}

/** The draft fields that carry a code of a list, by list (the lists a draft carries). */
const DRAFT_CARRIERS: Partial<Record<CodeListName, (code: string) => FieldInput>> = {
  DocumentType: (code) => ({ field: 'DOCUMENT_TYPE', value: code }),
  PartnerRole: (code) => ({ field: 'PARTNER', value: 'Lapin yliopisto', attributes: { role: code } }),
  CostKind: (code) => ({ field: 'AMOUNT', value: '100', attributes: { role: code } }),
  ...Object.fromEntries(
    (['kind', 'direction', 'evidenceType'] as const).map((name) => [
      { kind: 'OutcomeKind', direction: 'OutcomeDirection', evidenceType: 'EvidenceType' }[name],
      (code: string) => ({
        field: 'OUTCOME' as const,
        value: '3',
        attributes: {
          unit: 'count',
          kind: 'RESULT',
          direction: 'UNKNOWN',
          evidenceType: 'SURVEY',
          [name]: code,
        },
      }),
    ]),
  ),
};

describe('the one vocabulary', () => {
  it('labels every code of every list in Finnish and English, and nothing else', () => {
    for (const name of listNames) {
      const labels = CODE_LABELS[name] as Record<string, { nameFi: string; nameEn: string }>;
      expect(Object.keys(labels).sort(), name).toEqual([...CODE_LISTS[name]].sort());
      for (const [code, l] of Object.entries(labels)) {
        expect(l.nameFi.trim(), `${name}.${code}`).not.toBe('');
        expect(l.nameEn.trim(), `${name}.${code}`).not.toBe('');
      }
    }
  });

  it('serves every list (but the value sets) as the GraphQL enum of its name, with exactly its codes', () => {
    for (const name of listNames) {
      const type = schema.getType(name);
      if (VALUE_SETS.includes(name)) {
        expect(type, name).toBeUndefined();
        continue;
      }
      expect(type && isEnumType(type), name).toBe(true);
      if (type && isEnumType(type))
        expect(
          type
            .getValues()
            .map((v) => v.name)
            .sort(),
          name,
        ).toEqual([...CODE_LISTS[name]].sort());
    }
  });

  it('is accepted by the draft codec wherever a draft carries one of its codes, and nothing else is', () => {
    for (const [name, carry] of Object.entries(DRAFT_CARRIERS) as [
      CodeListName,
      (c: string) => FieldInput,
    ][]) {
      for (const code of CODE_LISTS[name]) expect(accepts(carry(code)), `${name}.${code}`).toBe(true);
      expect(accepts(carry('NOT_A_CODE')), name).toBe(false);
    }
  });

  it('is what the entities store: every enum column allows exactly one registered list', () => {
    const registered = new Map<string, string>();
    for (const type of Object.values(schema.getTypeMap()))
      if (isEnumType(type) && !type.name.startsWith('__'))
        registered.set(
          type
            .getValues()
            .map((v) => v.name)
            .sort()
            .join(','),
          type.name,
        );
    const metadata = MetadataStorage.getMetadata();
    const columns: string[] = [];
    for (const entity of entities) {
      const meta = Object.values(metadata).find((m) => m.class === entity);
      for (const prop of Object.values(meta?.properties ?? {})) {
        if (!prop.enum || !prop.items) continue;
        // `items` is a list or, where it names a list defined elsewhere, a function returning it.
        const given = prop.items as unknown;
        const items = (typeof given === 'function' ? (given as () => string[])() : given) as string[];
        const key = `${entity.name}.${prop.name}`;
        if (key in NOT_SERVED) {
          expect(items, key).toEqual(NOT_SERVED[key]);
          continue;
        }
        const list = registered.get([...items].sort().join(','));
        expect(list, `${entity.name}.${prop.name}: ${items.join(', ')}`).toBeDefined();
        // A vocabulary list keeps its documented order in the column too (the evidence scale's order).
        if (list && list in CODE_LISTS)
          expect(items, `${entity.name}.${prop.name}`).toEqual([...CODE_LISTS[list as CodeListName]]);
        columns.push(`${entity.name}.${prop.name}:${list}`);
      }
    }
    expect(columns).toEqual(
      expect.arrayContaining([
        'Outcome.evidenceType:EvidenceType',
        'Outcome.direction:OutcomeDirection',
        'CostItem.kind:CostKind',
        'FundingLine.kind:FundingKind',
        'IndicatorValue.provenance:Provenance',
        'ImportedDocument.genre:SourceGenre',
        'Draft.status:DraftStatus',
      ]),
    );
  });

  it('registers every GraphQL enum in one place (graphql/enums.ts)', () => {
    const src = path.resolve(path.dirname(SCHEMA_FILE), 'src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && readFileSync(p, 'utf8').includes('registerEnumType(')) files.push(p);
      }
    };
    walk(src);
    expect(files.map((f) => path.relative(src, f))).toEqual([path.join('graphql', 'enums.ts')]);
  });

  it('has one evidence scale: the levels the API stores are the labels’ and the indicators’ levels', () => {
    expect(EVIDENCE_SCALE.map((e) => [e.level, e.type, e.shortFi])).toEqual([
      [0, 'NOT_YET_MEASURED', 'ei vielä mitattu'],
      [1, 'EXPERIENTIAL', 'kokemusperäinen'],
      [2, 'SURVEY', 'kysely'],
      [3, 'STATISTICS', 'tilastot lähtötasoon'],
      [4, 'COMPARISON_GROUP', 'vertailuryhmä'],
    ]);
    for (const e of EVIDENCE_SCALE) expect(indicatorsEvidenceLevel(e.type)).toBe(e.level);
  });
});
