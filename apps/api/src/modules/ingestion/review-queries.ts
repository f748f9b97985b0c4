import { helper } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { DraftStatusCode as DraftStatus } from '@vertailu/data/vocabulary';
import { checkText } from '../../core/validate';
import { findPlain, pagePlain, plainColumns, plainRows, readSql } from '../../db/plain';
import { Draft } from './draft.entity';
import { ImportedDocument } from './imported-document.entity';

/**
 * The review queue's reads: plain commands in (numeric ids, limit/offset), plain rows out (db/plain.ts:
 * the drafts' and documents' JSON columns decoded as the ORM decodes them; a document's text is a lazy
 * column, read only where asked).
 */

/** A page of drafts, newest first, optionally of one status; with the count over all pages. */
export function listDrafts(
  em: EntityManager,
  status: DraftStatus | undefined,
  page: { limit: number; offset: number },
): Promise<{ rows: Draft[]; totalCount: number }> {
  const query = readSql(em).from({ d: 'draft' });
  if (status) query.where('d.status', status);
  return pagePlain(em, Draft, query, 'd', 'd.id desc', page);
}

export async function findDraft(em: EntityManager, id: number): Promise<Draft | null> {
  const [draft] = await findPlain(em, Draft, { id });
  return draft ?? null;
}

/** Every revision of a document, oldest first. */
export function documentRevisions(em: EntityManager, documentKey: string): Promise<ImportedDocument[]> {
  checkText(documentKey, 'documentKey', { max: 200, required: true });
  return findPlain(em, ImportedDocument, { documentKey }, { revision: 'asc' });
}

/** Revisions by (document key, revision) pairs, in one statement; with their texts when asked. */
export async function revisionsOf(
  em: EntityManager,
  pairs: [string, number][],
  withText: boolean,
): Promise<ImportedDocument[]> {
  const columns = plainColumns(em, ImportedDocument, 'd');
  const rows = (await readSql(em)
    .select(withText ? [...columns, 'd.text'] : columns)
    .from({ d: 'imported_document' })
    .whereIn('d.document_key', [...new Set(pairs.map(([key]) => key))])
    .whereIn('d.revision', [...new Set(pairs.map(([, revision]) => revision))])) as { text?: string }[];
  const docs = plainRows(em, ImportedDocument, rows);
  if (withText) for (const [i, doc] of docs.entries()) doc.text = rows[i]?.text as string;
  return docs;
}

/**
 * A document's full text (the column is lazy: documents can be large). A managed entity (a mutation's
 * answer) is populated; a plain row is read by its id.
 */
export async function documentText(em: EntityManager, doc: ImportedDocument): Promise<string | null> {
  if (typeof doc.text === 'string') return doc.text;
  if (helper(doc).__managed) {
    await em.populate(doc, ['text'] as never);
    return doc.text;
  }
  const row = (await readSql(em).first('text').from('imported_document').where('id', doc.id)) as
    | { text: string }
    | undefined;
  return row?.text ?? null;
}
