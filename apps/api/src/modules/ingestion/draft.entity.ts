import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../db/base.entity';
import { type DraftKind, DraftKindEnum, type DraftStatus, DraftStatusEnum } from '../../graphql/enums';
import type { DraftFieldData } from './draft-fields';
import { ImportedDocument } from './imported-document.entity';

/**
 * What the ingester proposes from one document revision: fields with their passages and confidences.
 * A draft is not data: only `acceptDraft` turns it into a project or practice.
 */
@ObjectType({ description: 'A proposed record read from a document, awaiting review (editor key).' })
@Entity()
export class Draft extends VersionedEntity {
  @ManyToOne(() => ImportedDocument, { unique: true, deleteRule: 'cascade' })
  document!: ImportedDocument;

  @Field(() => DraftKindEnum, { description: 'What the draft becomes when accepted.' })
  @Enum({ items: () => Object.keys(DraftKindEnum) })
  kind!: DraftKind;

  @Field(() => DraftStatusEnum, { description: 'Review state.' })
  @Enum({ items: () => Object.keys(DraftStatusEnum) })
  status: DraftStatus = 'PENDING';

  /** The fields under review (edited ones included). */
  @Property({ type: 'json' })
  fields!: DraftFieldData[];

  @Field(() => String, { nullable: true, description: 'Why it was rejected, or the reviewer’s remark.' })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  @Field(() => String, { nullable: true, description: 'When it was accepted or rejected (ISO 8601).' })
  @Property({ type: 'string', length: 30, nullable: true })
  reviewedAt: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it.' })
  @Property({ type: 'string', length: 80, nullable: true })
  reviewedBy: string | null = null;

  /** The record an accepted draft became: `Project` or `Practice` and its id. */
  @Property({ type: 'string', length: 20, nullable: true })
  recordType: 'Project' | 'Practice' | null = null;

  @Property({ type: 'integer', nullable: true })
  recordId: number | null = null;
}
