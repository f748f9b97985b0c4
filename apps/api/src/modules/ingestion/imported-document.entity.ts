import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { SourceGenre } from '@vertailu/data';
import { SOURCE_GENRES } from '@vertailu/data';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { DocumentLayoutEnum, SourceGenreEnum } from '../../graphql/enums';
import { Source } from '../source/source.entity';
import type { DraftFieldData } from './draft-fields';

/**
 * One revision of a document the ingester read. The same text (by SHA-256) is stored once, so a
 * re-import is a no-op; a changed text under the same document key is the next revision.
 */
// Not a Node: drafts and imported texts are for editors only, and node(id) is public.
@ObjectType({ description: 'One revision of an imported document (editor key).' })
@Entity()
@Unique({ properties: ['documentKey', 'revision'] })
export class ImportedDocument extends BaseEntity {
  @Field(() => String, {
    description:
      'Which document this is a revision of: the key given on import, else the file name, else municipality and name.',
  })
  @Index()
  @Property({ type: 'string', length: 200 })
  documentKey!: string;

  @Field(() => Int, { description: 'Revision number under the document key, from 1.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => String, { description: 'SHA-256 of the text (UTF-8): identical texts are imported once.' })
  @Property({ type: 'string', length: 64, unique: true })
  sha256!: string;

  @Field(() => String, { nullable: true, description: 'File name the text came from, if given.' })
  @Property({ type: 'string', length: 200, nullable: true })
  fileName: string | null = null;

  @Field(() => SourceGenreEnum, { description: 'Which genre the ingester took the document for.' })
  @Enum({ items: () => [...SOURCE_GENRES] })
  genre!: SourceGenre;

  @Field(() => DocumentLayoutEnum, { description: 'How the document lays out its fields.' })
  @Property({ type: 'string', length: 20 })
  layout!: keyof typeof DocumentLayoutEnum;

  @Field(() => Int, { description: 'Length of the text in characters (UTF-16 code units, as spans).' })
  @Property({ type: 'integer' })
  length!: number;

  /** Exposed through `ImportedDocumentResolver.text`, which loads the lazy column. */
  @Property({ type: 'text', lazy: true })
  text!: string;

  /** What the ingester read, before any review: revisions are compared on this. */
  @Property({ type: 'json' })
  extracted!: DraftFieldData[];

  @Field(() => Float, { description: 'Milliseconds the ingester took for this text.' })
  @Property({ type: 'double' })
  parseMs!: number;

  @Field(() => String, { description: 'Who imported it (the API key’s name or the CLI).' })
  @Property({ type: 'string', length: 80 })
  importedBy!: string;

  /** The data-set source created when a draft of this revision was accepted. */
  @ManyToOne(() => Source, { nullable: true, deleteRule: 'set null' })
  source: Source | null = null;
}
