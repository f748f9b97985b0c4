import { Entity, Enum, Property } from '@mikro-orm/core';
import type { SourceGenre } from '@vertailu/data';
import { SOURCE_GENRES } from '@vertailu/data';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { SourceGenreEnum } from '../../graphql/enums';
import { NodeInterface } from '../../graphql/node.interface';

@ObjectType({
  implements: NodeInterface,
  description: 'A source document or table that records are taken from.',
})
@Entity()
export class Source extends BaseEntity {
  @Field(() => String, { description: 'File name of the document in the data set.' })
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'Title of the document (its heading, in the original language).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => SourceGenreEnum, { description: 'What kind of document this is.' })
  @Enum({ items: () => [...SOURCE_GENRES] })
  genre!: SourceGenre;

  @Field(() => String, { nullable: true, description: 'Who published the document, if known.' })
  @Property({ type: 'string', length: 200, nullable: true })
  publisher: string | null = null;

  @Field(() => String, { description: 'Language code of the document (fi, en).' })
  @Property({ type: 'string', length: 8 })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Date the document states for itself (ISO YYYY-MM-DD), if any.',
  })
  @Property({ type: 'date', nullable: true })
  publishedDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Address the document names, if any.' })
  @Property({ type: 'text', nullable: true })
  url: string | null = null;

  @Field(() => String, { description: 'What the document is, in English.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'SHA-256 of the document bytes: proves the text is unaltered.' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Full text; it names private persons, so only authenticated callers read it (citations are public). */
  @Property({ type: 'text', lazy: true })
  text!: string;

  @Field(() => Number, {
    description: 'Length of the text in characters (UTF-16 code units, as citation offsets).',
  })
  @Property({ type: 'integer' })
  length!: number;
}
