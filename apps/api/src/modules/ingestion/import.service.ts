import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { DocumentInputError, ingestDocument, readDocumentText } from '@vertailu/ingest';
import { extractDocumentText } from '@vertailu/ingest/formats';
import { badInput } from '../../core/domain-error';
import { checkText } from '../../core/validate';
import { Draft } from './draft.entity';
import { fieldsOfDraft } from './draft-fields';
import { ImportedDocument } from './imported-document.entity';
import { loadIngestContext } from './ingest-context';

export interface ImportRequest {
  /** The text; or `base64` with the raw bytes of a file (checked for encoding). */
  text?: string | null;
  base64?: string | null;
  /** A file's raw bytes (CLI and batch callers; GraphQL clients send base64). */
  bytes?: Uint8Array | null;
  fileName?: string | null;
  documentKey?: string | null;
}

export interface ImportResult {
  document: ImportedDocument;
  draft: Draft;
  /** False when the same text was imported before: nothing was written. */
  created: boolean;
}

/**
 * The text to ingest: pasted text as it is; a file's bytes (PDF, DOCX, HTML, text) through the format
 * reader. The ingester's refusal becomes the typed error clients get, naming the input field.
 */
async function decode(req: ImportRequest): Promise<string> {
  const field = req.base64 != null ? 'input.base64' : 'input.text';
  if (req.bytes != null) return (await extractDocumentText(req.bytes)).text;
  if ((req.text == null) === (req.base64 == null))
    throw badInput('input.text', 'give exactly one of text and base64.');
  try {
    if (req.text != null) return readDocumentText(req.text);
    const b64 = req.base64 as string;
    if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(b64)) throw badInput(field, 'is not base64.');
    return (await extractDocumentText(new Uint8Array(Buffer.from(b64, 'base64')))).text;
  } catch (err) {
    if (err instanceof DocumentInputError) {
      throw badInput(field, err.message, { problem: err.problem });
    }
    throw err;
  }
}

const slug = (s: string) =>
  s
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);

/**
 * Reads a document into a draft. The same text (SHA-256) imported again returns the earlier import
 * and writes nothing; a different text under an existing document key becomes its next revision, and
 * the older revisions' pending drafts are superseded.
 */
export async function importDocument(
  em: EntityManager,
  req: ImportRequest,
  actor: string,
  /** The municipalities and vocabularies to read against; a batch loads them once. */
  ingestContext?: Awaited<ReturnType<typeof loadIngestContext>>,
): Promise<ImportResult> {
  checkText(req.fileName, 'input.fileName', { max: 200 });
  checkText(req.documentKey, 'input.documentKey', { max: 200 });
  const text = await decode(req);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const existing = await em.findOne(ImportedDocument, { sha256 });
  if (existing) {
    const draft = await em.findOneOrFail(Draft, { document: existing });
    return { document: existing, draft, created: false };
  }
  const context = ingestContext ?? (await loadIngestContext(em));
  const started = performance.now();
  const parsed = ingestDocument(text, context);
  const parseMs = performance.now() - started;
  const documentKey =
    req.documentKey?.trim() ||
    req.fileName?.trim() ||
    `${parsed.municipality?.value ?? 'unknown'}/${slug(parsed.name?.value ?? sha256.slice(0, 12))}`;
  const latest = await em.findOne(ImportedDocument, { documentKey }, { orderBy: { revision: 'desc' } });
  // Before the new draft exists: the ORM flushes pending entities before a query.
  if (latest) {
    const older = await em.find(Draft, { document: { documentKey }, status: 'PENDING' });
    for (const d of older) d.status = 'SUPERSEDED';
  }
  const fields = fieldsOfDraft(text, parsed);
  const document = em.create(ImportedDocument, {
    documentKey,
    revision: (latest?.revision ?? 0) + 1,
    sha256,
    fileName: req.fileName?.trim() || null,
    genre: parsed.genre,
    layout: parsed.layout,
    length: text.length,
    text,
    extracted: fields,
    parseMs: Math.round(parseMs * 100) / 100,
    importedBy: actor,
  });
  const draft = em.create(Draft, { document, kind: parsed.kind, status: 'PENDING', fields });
  await em.flush();
  return { document, draft, created: true };
}
