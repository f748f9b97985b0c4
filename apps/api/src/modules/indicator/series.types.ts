import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity';
import { MissingReasonEnum } from './indicator-value.entity';
import type { SeriesPointRow } from './series.service';

@ObjectType({ description: 'One year of an indicator for one municipality.' })
export class SeriesPoint implements SeriesPointRow {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Sum of the year’s values; null when any is unknown.' })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For money: the year’s part in whole cents as a decimal string ("55211.89"); the years’ parts add up to the whole amount exactly, where `value` is the unrounded proportional part.',
  })
  exact!: string | null;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'Why the value is empty.' })
  missingReason!: string | null;
}
