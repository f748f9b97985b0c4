import type { PeriodPrecision } from '@vertailu/data';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PeriodPrecisionEnum, SortDirectionEnum } from './enums';

@ObjectType({ description: 'A period with the precision the source gives (exact dates or years only).' })
export class Period {
  @Field(() => String, {
    nullable: true,
    description: 'First day (ISO). With YEAR precision: 1 January of the start year.',
  })
  start!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (ISO); null when open or unknown. With YEAR precision: 31 December.',
  })
  end!: string | null;

  @Field(() => PeriodPrecisionEnum, {
    description: 'DAY: exact dates; MONTH; YEAR: the source gives years only.',
  })
  precision!: PeriodPrecision;

  @Field(() => Int, { nullable: true, description: 'Start year.' })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'End year.' })
  endYear!: number | null;
}

export function periodOf(r: {
  startDate: string | null;
  endDate: string | null;
  periodPrecision: PeriodPrecision | null;
  startYear: number | null;
  endYear: number | null;
}): Period | null {
  if (!r.periodPrecision || (!r.startDate && !r.endDate)) return null;
  return {
    start: r.startDate,
    end: r.endDate,
    precision: r.periodPrecision,
    startYear: r.startYear,
    endYear: r.endYear,
  };
}

@InputType({ description: 'Years, inclusive. A record matches when its period overlaps them.' })
export class YearRangeInput {
  @Field(() => Int, { nullable: true, description: 'First year (inclusive).' })
  from?: number;

  @Field(() => Int, { nullable: true, description: 'Last year (inclusive).' })
  to?: number;
}

export { SortDirectionEnum };
