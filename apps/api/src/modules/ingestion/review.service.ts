import type { EntityManager } from '@mikro-orm/knex';
import type { DraftKindCode as DraftKind } from '@vertailu/data/vocabulary';
import type { DraftFieldKind } from '@vertailu/ingest';
import { badInput, conflict } from '../../core/domain-error';
import { toGlobalId } from '../../core/record-id';
import { checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import { loadVersioned } from '../editing/editing';
import type { Practice } from '../practice/practice.entity';
import type { Project } from '../project/project.entity';
import { recordFromDraft } from './accept-records';
import { Draft } from './draft.entity';
import { checkFieldInput, type DraftFieldData, keyFor, SINGLE_VALUED } from './draft-fields';
import { ImportedDocument } from './imported-document.entity';
import { loadIngestContext } from './ingest-context';

export interface DraftFieldChangeInput {
  key?: string | null;
  field: DraftFieldKind;
  value: string;
  attributes?: { name: string; value: string }[] | null;
  start?: number | null;
  end?: number | null;
}

/**
 * The passage an editor pointed at for a value (both ends or neither): it must lie inside the text and
 * hold something, so a citation made from it on accept quotes the document.
 */
function passageOf(
  change: DraftFieldChangeInput,
  text: string,
  path: string,
): { start: number; end: number; passage: string } | null {
  const { start, end } = change;
  if (start == null && end == null) return null;
  if (start == null || end == null)
    throw badInput(`${path}.${start == null ? 'start' : 'end'}`, 'give both start and end.');
  if (!Number.isInteger(start) || start < 0 || start >= text.length)
    throw badInput(`${path}.start`, `must be an offset into the document text (0–${text.length - 1}).`);
  if (!Number.isInteger(end) || end <= start || end > text.length)
    throw badInput(`${path}.end`, `must be after start and at most ${text.length}.`);
  const passage = text.slice(start, end);
  if (!passage.trim()) throw badInput(`${path}.start`, 'the passage is only white space.');
  return { start, end, passage };
}

/** A draft an editor may still change: it exists, the version is the one they read, and it is pending. */
async function pendingDraft(em: EntityManager, id: number, version: number): Promise<Draft> {
  const draft = await loadVersioned(em, Draft, id, version);
  if (draft.status !== 'PENDING')
    throw conflict(
      `Draft ${toGlobalId('Draft', id)} is ${draft.status}, not PENDING: it can no longer be reviewed.`,
      {
        status: draft.status,
      },
    );
  return draft;
}

/** Which draft a review command is about: its database id and the version the editor read. */
export interface DraftRef {
  id: number;
  version: number;
}

/** A reviewer's corrections to a draft. */
export interface EditDraftCommand extends DraftRef {
  kind?: DraftKind | null;
  set?: DraftFieldChangeInput[] | null;
  remove?: string[] | null;
}

/** Applies a reviewer's corrections: removals by key, then values set (replacing by key, or added). */
export async function editDraft(em: EntityManager, input: EditDraftCommand): Promise<Draft> {
  const draft = await pendingDraft(em, input.id, input.version);
  if ((input.set?.length ?? 0) > 100 || (input.remove?.length ?? 0) > 100)
    throw badInput('input.set', 'at most 100 changes at a time.');
  let fields: DraftFieldData[] = [...draft.fields];
  for (const [i, key] of (input.remove ?? []).entries()) {
    if (!fields.some((f) => f.key === key))
      throw badInput(`input.remove[${i}]`, `the draft has no field "${key.slice(0, 60)}".`);
    fields = fields.filter((f) => f.key !== key);
  }
  if (input.set?.length) {
    const { codes } = await loadIngestContext(em);
    const text = input.set.some((c) => c.start != null || c.end != null)
      ? (await em.findOneOrFail(ImportedDocument, { id: draft.document.id }, { populate: ['text'] as never }))
          .text
      : '';
    for (const [i, change] of input.set.entries()) {
      const checked = checkFieldInput(change, `input.set[${i}]`, codes);
      const span = passageOf(change, text, `input.set[${i}]`);
      const byKey = change.key ? fields.findIndex((f) => f.key === change.key) : -1;
      if (change.key && byKey < 0)
        throw badInput(`input.set[${i}].key`, `the draft has no field "${change.key.slice(0, 60)}".`);
      if (byKey >= 0 && fields[byKey]?.field !== change.field)
        throw badInput(
          `input.set[${i}].field`,
          `field "${change.key}" is a ${fields[byKey]?.field}, not a ${change.field}.`,
        );
      const sameKind = SINGLE_VALUED.includes(change.field)
        ? fields.findIndex((f) => f.field === change.field)
        : -1;
      const at = byKey >= 0 ? byKey : sameKind;
      if (at >= 0) {
        const old = fields[at] as DraftFieldData;
        // A corrected value keeps pointing at the passage it corrects, unless the editor pointed at another.
        fields[at] = {
          ...checked,
          key: old.key,
          ...(span ?? { start: old.start, end: old.end, passage: old.passage }),
        };
      } else fields.push({ ...checked, ...span, key: keyFor(change.field, fields) });
    }
  }
  draft.fields = fields;
  if (input.kind) draft.kind = input.kind;
  draft.updatedAt = nowIso();
  await em.flush();
  return draft;
}

export async function rejectDraft(
  em: EntityManager,
  input: DraftRef & { reason: string },
  actor: string,
): Promise<Draft> {
  checkText(input.reason, 'input.reason', { max: 2000, required: true });
  const draft = await pendingDraft(em, input.id, input.version);
  draft.status = 'REJECTED';
  draft.reviewNote = input.reason.trim();
  draft.reviewedAt = nowIso();
  draft.reviewedBy = actor;
  await em.flush();
  return draft;
}

/**
 * Accepts a draft: its fields become a project or practice (with costs, funding, partners and
 * outcomes, each cited in the document). Refused when an earlier revision of the same document was
 * accepted already: that record is updated with the ordinary mutations, guided by `changes`.
 */
export async function acceptDraft(
  em: EntityManager,
  input: DraftRef & { note?: string | null },
  actor: string,
): Promise<{ draft: Draft; project: Project | null; practice: Practice | null }> {
  checkText(input.note, 'input.note', { max: 2000 });
  const draft = await pendingDraft(em, input.id, input.version);
  const doc = await em.findOneOrFail(
    ImportedDocument,
    { id: draft.document.id },
    { populate: ['text'] as never },
  );
  const earlier = await em.findOne(
    Draft,
    { document: { documentKey: doc.documentKey }, status: 'ACCEPTED' },
    { populate: ['document'] },
  );
  if (earlier)
    throw conflict(
      `Revision ${earlier.document.revision} of "${doc.documentKey}" was accepted already as ${toGlobalId(earlier.recordType ?? 'Project', earlier.recordId ?? 0)}; update that record (see this revision's changes) instead of creating another.`,
    );
  const record = await recordFromDraft(em, draft, doc);
  draft.status = 'ACCEPTED';
  draft.reviewNote = input.note?.trim() || null;
  draft.reviewedAt = nowIso();
  draft.reviewedBy = actor;
  draft.recordType = record.project ? 'Project' : 'Practice';
  draft.recordId = (record.project ?? record.practice)?.id ?? null;
  await em.flush();
  return { draft, ...record };
}
