import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A passage of a stored source that backs a record or one of its fields.' })
export class CitationInput {
  @Field(() => ID, { description: 'Id of the source.' })
  sourceId!: string;

  @Field(() => String, { description: 'The passage, verbatim; it must occur in the source text.' })
  quote!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Which occurrence of the quote is meant (1 = first; default 1).',
  })
  occurrence?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Where the passage starts in the source text (as `Citation.start` reads): the quote must stand exactly there. Keeps a citation on its own occurrence when a record’s citations are sent again; with it, `occurrence` is not used.',
  })
  start?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Field of the record it backs (e.g. "amount"); omit for the whole record.',
  })
  field?: string;

  @Field(() => String, { nullable: true, description: 'Why the passage supports the value.' })
  note?: string;
}
