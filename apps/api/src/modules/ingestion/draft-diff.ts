import type { FieldChangeKindCode as FieldChangeKind } from '@vertailu/data/vocabulary';
import type { DraftFieldKind } from '@vertailu/ingest';
import type { DraftFieldData } from './draft-fields';
import { SINGLE_VALUED } from './draft-fields';

export interface FieldChange {
  field: DraftFieldKind;
  change: FieldChangeKind;
  before: string | null;
  after: string | null;
}

/** A field as one comparable line: "115005 (funder=ESR, role=GRANT)"; the sentence is context, not value. */
export function describeField(f: DraftFieldData): string {
  const attributes = Object.entries(f.attributes)
    .filter(([name]) => name !== 'sentence')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}=${value}`);
  return attributes.length ? `${f.value} (${attributes.join(', ')})` : f.value;
}

/** Which fields of two revisions are "the same field": one per single-valued kind, amounts by role and funder, the rest by value. */
function identity(f: DraftFieldData): string {
  if (SINGLE_VALUED.includes(f.field)) return f.field;
  if (f.field === 'AMOUNT') return `AMOUNT:${f.attributes.role}:${f.attributes.funder ?? ''}`;
  if (f.field === 'PARTNER') return `PARTNER:${f.value.toLocaleLowerCase('fi')}`;
  return `${f.field}:${describeField(f)}`;
}

/** Field-level differences between what the ingester read from two revisions of a document. */
export function diffFields(before: DraftFieldData[], after: DraftFieldData[]): FieldChange[] {
  const group = (fields: DraftFieldData[]) => {
    const m = new Map<string, DraftFieldData[]>();
    for (const f of fields) m.set(identity(f), [...(m.get(identity(f)) ?? []), f]);
    return m;
  };
  const old = group(before);
  const now = group(after);
  const changes: FieldChange[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const a = (old.get(id) ?? []).map(describeField).sort();
    const b = (now.get(id) ?? []).map(describeField).sort();
    const field = (old.get(id)?.[0] ?? now.get(id)?.[0])?.field as DraftFieldKind;
    const removed = a.filter((x) => !b.includes(x));
    const added = b.filter((x) => !a.includes(x));
    while (removed.length && added.length)
      changes.push({
        field,
        change: 'CHANGED',
        before: removed.shift() ?? null,
        after: added.shift() ?? null,
      });
    for (const r of removed) changes.push({ field, change: 'REMOVED', before: r, after: null });
    for (const n of added) changes.push({ field, change: 'ADDED', before: null, after: n });
  }
  return changes;
}

/** Lines only one of two texts has (as multisets), in the order they stand; at most `limit` each. */
export function lineChanges(
  before: string,
  after: string,
  limit = 200,
): { added: string[]; removed: string[] } {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const line of text.split('\n')) m.set(line, (m.get(line) ?? 0) + 1);
    return m;
  };
  const only = (text: string, other: Map<string, number>) => {
    const left = new Map(other);
    const out: string[] = [];
    for (const line of text.split('\n')) {
      const n = left.get(line) ?? 0;
      if (n > 0) left.set(line, n - 1);
      else if (line.trim() && out.length < limit) out.push(line);
    }
    return out;
  };
  return { added: only(after, count(before)), removed: only(before, count(after)) };
}
