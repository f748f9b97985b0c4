import { helper } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { DraftStatusCode as DraftStatus } from '@vertailu/data/vocabulary';
import { checkText } from '../../core/validate';
import { Draft } from './draft.entity';
import { ImportedDocument } from './imported-document.entity';

/** The review queue's reads: plain commands in (numeric ids, limit/offset), rows out. */

/** A page of drafts, newest first, optionally of one status; with the count over all pages. */
export async function listDrafts(
  em: EntityManager,
  status: DraftStatus | undefined,
  page: { limit: number; offset: number },
): Promise<{ rows: Draft[]; totalCount: number }> {
  const [rows, totalCount] = await em.findAndCount(Draft, status ? { status } : {}, {
    orderBy: { id: 'desc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { rows, totalCount };
}

export function findDraft(em: EntityManager, id: number): Promise<Draft | null> {
  return em.findOne(Draft, id);
}

/** Every revision of a document, oldest first. */
export function documentRevisions(em: EntityManager, documentKey: string): Promise<ImportedDocument[]> {
  checkText(documentKey, 'documentKey', { max: 200, required: true });
  return em.find(ImportedDocument, { documentKey }, { orderBy: { revision: 'asc' } });
}

/** Revisions by (document key, revision) pairs, in one statement; with their texts when asked. */
export function revisionsOf(
  em: EntityManager,
  pairs: [string, number][],
  withText: boolean,
): Promise<ImportedDocument[]> {
  return em.find(
    ImportedDocument,
    {
      documentKey: { $in: [...new Set(pairs.map(([key]) => key))] },
      revision: { $in: [...new Set(pairs.map(([, revision]) => revision))] },
    },
    withText ? { populate: ['text'] as never } : {},
  );
}

/**
 * A document's full text (the column is lazy: documents can be large). A managed entity is populated;
 * a plain row (db/plain.ts) is read by its id.
 */
export async function documentText(em: EntityManager, doc: ImportedDocument): Promise<string | null> {
  if (typeof doc.text === 'string') return doc.text;
  if (helper(doc).__managed) {
    await em.populate(doc, ['text'] as never);
    return doc.text;
  }
  const [row] = (await em
    .createQueryBuilder(ImportedDocument, 'd')
    .select('d.text')
    .where({ id: doc.id })
    .execute('all', false)) as { text: string }[];
  return row?.text ?? null;
}
