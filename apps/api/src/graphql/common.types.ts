import { Field, InputType, Int } from 'type-graphql';
import { SortDirectionEnum } from './enums';

@InputType({ description: 'Years, inclusive. A record matches when its period overlaps them.' })
export class YearRangeInput {
  @Field(() => Int, { nullable: true, description: 'First year (inclusive).' })
  from?: number;

  @Field(() => Int, { nullable: true, description: 'Last year (inclusive).' })
  to?: number;
}

export { SortDirectionEnum };
