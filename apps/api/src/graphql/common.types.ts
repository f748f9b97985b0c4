import { Field, InputType, Int } from 'type-graphql';
import { SortDirectionEnum } from './enums';
import { badInput } from './errors';

@InputType({ description: 'Years, inclusive. A record matches when its period overlaps them.' })
export class YearRangeInput {
  @Field(() => Int, { nullable: true, description: 'First year (inclusive).' })
  from?: number;

  @Field(() => Int, { nullable: true, description: 'Last year (inclusive).' })
  to?: number;
}

export function checkYearRange(
  range: YearRangeInput | undefined,
  field: string,
): { from: number; to: number } | null {
  if (!range) return null;
  const from = range.from ?? 1900;
  const to = range.to ?? 2200;
  for (const [name, y] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (y < 1900 || y > 2200) throw badInput(`${field}.${name}`, 'must be a year between 1900 and 2200.');
  }
  if (from > to) throw badInput(`${field}.from`, `must not be after ${field}.to.`);
  return { from, to };
}

export { SortDirectionEnum };
