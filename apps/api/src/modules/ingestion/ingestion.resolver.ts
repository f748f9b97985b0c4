import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { pkOf } from '../../db/plain';
import { inTransaction } from '../../db/transaction';
import { PageArgs, toConnection, toPage } from '../../graphql/connection';
import { type DraftStatus, DraftStatusEnum } from '../../graphql/enums';
import { numericIdOf } from '../../graphql/global-id';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { Draft } from './draft.entity';
import { diffFields, lineChanges } from './draft-diff';
import { importDocument } from './import.service';
import { ImportedDocument } from './imported-document.entity';
import {
  AcceptDraftInput,
  AcceptDraftPayload,
  DraftConnection,
  DraftField,
  EditDraftInput,
  FieldChange,
  ImportDocumentInput,
  ImportDocumentPayload,
  RejectDraftInput,
  TextChanges,
} from './ingestion.types';
import { acceptDraft, editDraft, rejectDraft } from './review.service';
import { documentRevisions, documentText, findDraft, listDrafts, revisionsOf } from './review-queries';

/** A review mutation's draft: its global id (`input.id`) decoded. */
const draftIdOf = (input: { id: string }) => numericIdOf('Draft', input.id, 'input.id');

@ArgsType()
class DraftsArgs extends PageArgs {
  @Field(() => DraftStatusEnum, { nullable: true, description: 'Only drafts in this state (default: all).' })
  status?: DraftStatus;
}

@Resolver(() => Draft)
export class DraftResolver {
  @Authorized('EDITOR')
  @Query(() => DraftConnection, {
    description: 'Drafts read from imported documents, newest first (editor key).',
  })
  async drafts(@Args(() => DraftsArgs) args: DraftsArgs, @Ctx() ctx: Context) {
    const page = toPage(args.first, args.after);
    const { rows, totalCount } = await listDrafts(ctx.em, args.status, page);
    return toConnection(rows, totalCount, page);
  }

  @Authorized('EDITOR')
  @Query(() => Draft, { nullable: true, description: 'One draft by id; null if there is none (editor key).' })
  draft(@Arg('id', () => ID, { description: 'Draft id.' }) id: string, @Ctx() ctx: Context) {
    return findDraft(ctx.em, numericIdOf('Draft', id, 'id'));
  }

  @Authorized('EDITOR')
  @Query(() => [ImportedDocument], {
    description: 'Every revision of a document, oldest first (editor key).',
  })
  documentRevisions(
    @Arg('documentKey', () => String, { description: 'The document key (see ImportedDocument.documentKey).' })
    documentKey: string,
    @Ctx() ctx: Context,
  ) {
    return documentRevisions(ctx.em, documentKey);
  }

  @Authorized('EDITOR')
  @Mutation(() => ImportDocumentPayload, {
    description:
      'Read a Finnish project page or practice description into a draft for review (editor key). The same text again changes nothing; a changed text under the same document key becomes a new revision.',
  })
  importDocument(
    @Arg('input', () => ImportDocumentInput, { description: 'The document.' }) input: ImportDocumentInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => importDocument(tx, input, ctx.actor));
  }

  @Authorized('EDITOR')
  @Mutation(() => Draft, {
    description: 'Correct a pending draft’s fields (editor key); CONFLICT if `version` is stale.',
  })
  editDraft(
    @Arg('input', () => EditDraftInput, { description: 'The corrections.' }) input: EditDraftInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => editDraft(tx, { ...input, id: draftIdOf(input) }));
  }

  @Authorized('EDITOR')
  @Mutation(() => AcceptDraftPayload, {
    description:
      'Accept a pending draft: it becomes a project or practice with citations into the document (editor key).',
  })
  acceptDraft(
    @Arg('input', () => AcceptDraftInput, { description: 'Which draft.' }) input: AcceptDraftInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => acceptDraft(tx, { ...input, id: draftIdOf(input) }, ctx.actor));
  }

  @Authorized('EDITOR')
  @Mutation(() => Draft, { description: 'Reject a pending draft (editor key): nothing becomes data.' })
  rejectDraft(
    @Arg('input', () => RejectDraftInput, { description: 'Which draft, and why.' }) input: RejectDraftInput,
    @Ctx() ctx: Context,
  ) {
    return inTransaction(ctx.em, (tx) => rejectDraft(tx, { ...input, id: draftIdOf(input) }, ctx.actor));
  }

  @FieldResolver(() => ImportedDocument, { description: 'The document revision the draft was read from.' })
  document(@Root() d: Draft, @Ctx() ctx: Context) {
    return ctx.loaders.byId(ImportedDocument).load(pkOf(d.document) as number);
  }

  @FieldResolver(() => [DraftField], { description: 'The fields, in document order of kinds.' })
  fields(@Root() d: Draft): DraftField[] {
    return d.fields.map((f) => ({
      ...f,
      attributes: Object.entries(f.attributes).map(([name, value]) => ({ name, value })),
    }));
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project an accepted draft became.' })
  project(@Root() d: Draft, @Ctx() ctx: Context) {
    return d.recordType === 'Project' && d.recordId ? ctx.loaders.byId(Project).load(d.recordId) : null;
  }

  @FieldResolver(() => Practice, { nullable: true, description: 'The practice an accepted draft became.' })
  practice(@Root() d: Draft, @Ctx() ctx: Context) {
    return d.recordType === 'Practice' && d.recordId ? ctx.loaders.byId(Practice).load(d.recordId) : null;
  }
}

/**
 * Revisions by (document key, revision), batched: one statement per depth level for every revision
 * a request asks about (a document's revisions list their previous ones and texts).
 */
function revisionLoader(ctx: Context, withText: boolean) {
  return ctx.loaders.keyed(withText ? 'revisionWithText' : 'revision', async (keys) => {
    const pairs = keys.map((k) => JSON.parse(String(k)) as [string, number]);
    const rows = await revisionsOf(ctx.em, pairs, withText);
    const byPair = new Map(rows.map((r) => [JSON.stringify([r.documentKey, r.revision]), r]));
    return keys.map((k) => byPair.get(String(k)) ?? null);
  });
}

const revisionKey = (documentKey: string, revision: number) => JSON.stringify([documentKey, revision]);

@Resolver(() => ImportedDocument)
export class ImportedDocumentResolver {
  @FieldResolver(() => Draft, { description: 'The draft read from this revision.' })
  async draft(@Root() doc: ImportedDocument, @Ctx() ctx: Context) {
    const [draft] = await ctx.loaders.children(Draft, 'document').load(doc.id);
    if (!draft) throw new Error(`Imported document ${doc.id} has no draft`);
    return draft;
  }

  @FieldResolver(() => ImportedDocument, { nullable: true, description: 'The previous revision, if any.' })
  previous(@Root() doc: ImportedDocument, @Ctx() ctx: Context) {
    return revisionLoader(ctx, false).load(revisionKey(doc.documentKey, doc.revision - 1));
  }

  @FieldResolver(() => [FieldChange], {
    description: 'What the ingester read differently from the previous revision (empty for the first).',
  })
  async changes(@Root() doc: ImportedDocument, @Ctx() ctx: Context) {
    const previous = await this.previous(doc, ctx);
    return previous ? diffFields(previous.extracted, doc.extracted) : [];
  }

  @FieldResolver(() => String, {
    description:
      'The full text, exactly as imported: for a PDF, DOCX or HTML file the text extracted from it, which every span and citation points into.',
  })
  async text(@Root() doc: ImportedDocument, @Ctx() ctx: Context) {
    return documentText(ctx.em, doc);
  }

  @FieldResolver(() => TextChanges, {
    nullable: true,
    description: 'Lines added and removed since the previous revision.',
  })
  async textChanges(@Root() doc: ImportedDocument, @Ctx() ctx: Context) {
    const loader = revisionLoader(ctx, true);
    const [previous, self] = await Promise.all([
      loader.load(revisionKey(doc.documentKey, doc.revision - 1)),
      loader.load(revisionKey(doc.documentKey, doc.revision)),
    ]);
    if (!previous || !self) return null;
    return lineChanges(previous.text, self.text);
  }
}
