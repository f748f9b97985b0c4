import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { type Vocabulary, VocabularyEnum } from '../../graphql/enums';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { type Vocabulary, VocabularyEnum } from '../../graphql/enums';

@ObjectType({ description: 'A term of a controlled vocabulary, in Finnish and English.' })
@Entity()
@Unique({ properties: ['vocabulary', 'code'] })
export class Term extends BaseEntity {
  @Field(() => VocabularyEnum, { description: 'Which vocabulary the term belongs to.' })
  @Property({ type: 'string', length: 20 })
  vocabulary!: Vocabulary;

  @Field(() => String, { description: 'Stable code, e.g. CHILD_HEALTH_CLINIC; use it in filters.' })
  @Property({ type: 'string', length: 60 })
  code!: string;

  @Field(() => String, { description: 'Finnish name, e.g. "neuvola".' })
  @Property({ type: 'string', length: 200 })
  nameFi!: string;

  @Field(() => String, { description: 'English name, e.g. "child health clinic".' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'What the term covers.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => [String], {
    description:
      'Other Finnish names of the same thing, used when reading documents ("suun terveyspalvelut"); a trailing * matches a prefix.',
  })
  // A column default, so the migration can add it to a database that already has terms.
  @Property({ type: 'json', default: '[]' })
  aliasesFi: string[] = [];
}
