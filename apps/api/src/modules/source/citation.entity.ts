import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from './source.entity';

/**
 * A verbatim passage of a source that backs a record or one of its fields. Citations point at their
 * subject by type and id rather than by foreign key, so one table serves every kind of record.
 */
@ObjectType({ description: 'A verbatim passage of a source that backs a record, or one field of it.' })
@Entity()
@Index({ properties: ['subjectType', 'subjectId'] })
export class Citation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Source, { description: 'The document the passage is in.' })
  @ManyToOne(() => Source, { deleteRule: 'cascade' })
  source!: Source;

  /** GraphQL type name of the cited record, e.g. `Project`. */
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'string', length: 40 })
  subjectId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Which field of the record the passage backs (e.g. `amount`, `period`, `sector:SCHOOL`); null when it backs the record as a whole.',
  })
  @Property({ type: 'string', length: 80, nullable: true })
  field: string | null = null;

  @Field(() => String, { description: 'The passage, exactly as it stands in the source.' })
  @Property({ type: 'text' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the passage in the source text (UTF-16 code units).' })
  @Property({ type: 'integer' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the passage.' })
  @Property({ type: 'integer' })
  end!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the passage supports the value, when not obvious.',
  })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
