import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import {
  type DraftFieldKind,
  DraftFieldKindEnum,
  type DraftKind,
  DraftKindEnum,
  type DraftStatus,
  DraftStatusEnum,
  type FieldChangeKind,
  FieldChangeKindEnum,
  type FieldOrigin,
  FieldOriginEnum,
} from '../../graphql/enums';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { Draft } from './draft.entity';
import { ImportedDocument } from './imported-document.entity';

@ObjectType({
  description: 'A named detail of a draft field (an amount’s role and funder, a period’s precision …).',
})
export class DraftAttribute {
  @Field(() => String, { description: 'Attribute name, e.g. `role`, `funder`, `precision`, `unit`.' })
  name!: string;

  @Field(() => String, { description: 'Its value.' })
  value!: string;
}

@ObjectType({
  description:
    'One field of a draft: the value, where in the document it was read, and how sure the reader is.',
})
export class DraftField {
  @Field(() => String, {
    description: 'Stable key within the draft ("name", "amount.2"); use it in editDraft.',
  })
  key!: string;

  @Field(() => DraftFieldKindEnum, { description: 'What the field holds (and the form of its value).' })
  field!: DraftFieldKind;

  @Field(() => String, { description: 'The value in its canonical form (see DraftFieldKind).' })
  value!: string;

  @Field(() => [DraftAttribute], { description: 'Details of the value.' })
  attributes!: DraftAttribute[];

  @Field(() => Int, {
    nullable: true,
    description: 'Offset of the passage in the document (UTF-16); null for a reviewer’s value.',
  })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset just past the passage.' })
  end!: number | null;

  @Field(() => String, { nullable: true, description: 'The passage, verbatim.' })
  passage!: string | null;

  @Field(() => Float, {
    description:
      '0–1: 0.95 for a labelled field, lower for figures read from prose; 1 for a reviewer’s value.',
  })
  confidence!: number;

  @Field(() => FieldOriginEnum, { description: 'Read from the document, or set by a reviewer.' })
  origin!: FieldOrigin;
}

@ObjectType({ description: 'How a field differs from the previous revision of the same document.' })
export class FieldChange {
  @Field(() => DraftFieldKindEnum, { description: 'Which field.' })
  field!: DraftFieldKind;

  @Field(() => FieldChangeKindEnum, { description: 'Added, removed or changed.' })
  change!: FieldChangeKind;

  @Field(() => String, { nullable: true, description: 'The value in the previous revision.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value in this revision.' })
  after!: string | null;
}

@ObjectType({ description: 'Lines of the text only one of two revisions has.' })
export class TextChanges {
  @Field(() => [String], { description: 'Lines this revision added (at most 200).' })
  added!: string[];

  @Field(() => [String], { description: 'Lines this revision removed (at most 200).' })
  removed!: string[];
}

@ObjectType({ description: 'What importDocument did.' })
export class ImportDocumentPayload {
  @Field(() => ImportedDocument, {
    description: 'The document revision (the earlier one, if the text was imported before).',
  })
  document!: ImportedDocument;

  @Field(() => Draft, { description: 'Its draft, for review.' })
  draft!: Draft;

  @Field(() => Boolean, { description: 'False when the same text was imported before: nothing was written.' })
  created!: boolean;
}

@ObjectType({ description: 'What acceptDraft created.' })
export class AcceptDraftPayload {
  @Field(() => Draft, { description: 'The draft, now ACCEPTED.' })
  draft!: Draft;

  @Field(() => Project, { nullable: true, description: 'The project created, if the draft was a project.' })
  project!: Project | null;

  @Field(() => Practice, {
    nullable: true,
    description: 'The practice created, if the draft was a practice.',
  })
  practice!: Practice | null;
}

export const DraftConnection = Connection(Draft, 'Draft');

@InputType({
  description: 'A document to read: its text, or the raw bytes of a file in base64 (exactly one).',
})
export class ImportDocumentInput {
  @Field(() => String, {
    nullable: true,
    description: 'The document text (UTF-8 in the request), at most 2 MB.',
  })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The file’s bytes in base64; its encoding is checked (UTF-8 required).',
  })
  base64?: string | null;

  @Field(() => String, { nullable: true, description: 'File name, kept with the document.' })
  fileName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Identity of the document across revisions (e.g. its URL). Default: the file name, else municipality and name read from it.',
  })
  documentKey?: string | null;
}

@InputType({ description: 'An attribute of a draft field.' })
export class DraftAttributeInput {
  @Field(() => String, { description: 'Attribute name (see DraftFieldKind).' })
  name!: string;

  @Field(() => String, { description: 'Its value.' })
  value!: string;
}

@InputType({ description: 'A field value a reviewer sets.' })
export class DraftFieldInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Key of the field to replace; omit to add a field (single-valued kinds replace the existing one).',
  })
  key?: string | null;

  @Field(() => DraftFieldKindEnum, { description: 'What the field holds.' })
  field!: DraftFieldKind;

  @Field(() => String, { description: 'The value in canonical form (see DraftFieldKind).' })
  value!: string;

  @Field(() => [DraftAttributeInput], {
    nullable: true,
    description: 'Attributes (an amount needs `role`, …).',
  })
  attributes?: DraftAttributeInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Start of the passage in the document text that gives the value (UTF-16 offset, with `end`); omitted: a corrected field keeps its passage, a new one has none.',
  })
  start?: number | null;

  @Field(() => Int, { nullable: true, description: 'End of the passage (exclusive), with `start`.' })
  end?: number | null;
}

@InputType({ description: 'Corrections to a pending draft. `version` must be the version you read.' })
export class EditDraftInput {
  @Field(() => ID, { description: 'Draft id.' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited.' })
  version!: number;

  @Field(() => DraftKindEnum, { nullable: true, description: 'Make it a project or a practice.' })
  kind?: DraftKind | null;

  @Field(() => [DraftFieldInput], { nullable: true, description: 'Values to set or add.' })
  set?: DraftFieldInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Keys of fields to remove (applied before `set`).' })
  remove?: string[] | null;
}

@InputType({ description: 'Accept a pending draft: it becomes a project or practice.' })
export class AcceptDraftInput {
  @Field(() => ID, { description: 'Draft id.' })
  id!: string;

  @Field(() => Int, { description: 'The version you reviewed.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Reviewer’s remark.' })
  note?: string | null;
}

@InputType({ description: 'Reject a pending draft: nothing becomes data.' })
export class RejectDraftInput {
  @Field(() => ID, { description: 'Draft id.' })
  id!: string;

  @Field(() => Int, { description: 'The version you reviewed.' })
  version!: number;

  @Field(() => String, { description: 'Why (kept with the draft).' })
  reason!: string;
}

export type { DraftStatus };
export { DraftStatusEnum };
