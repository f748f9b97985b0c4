import { Embeddable, Enum, Property } from '@mikro-orm/core';
import type { PeriodPrecision } from '@vertailu/data';
import { PERIOD_PRECISIONS } from '@vertailu/data';
import { Field, Int, ObjectType } from 'type-graphql';
import { PERIOD_COLUMNS } from '../../db/period-columns';
import { PeriodPrecisionEnum } from '../../graphql/enums';

/** A period as an edit, a document or the data set states it: dates and how exactly they are known. */
export interface PeriodValue {
  start?: string | null;
  end?: string | null;
  precision: PeriodPrecision;
}

/**
 * A record's period, one shape on every path: a MikroORM embeddable (embedded with `prefix: false`, its
 * columns keep the names they always had, named once in db/period-columns.ts for the SQL the read path
 * writes too) and the GraphQL `Period` type. The years are denormalised from the dates so that year-range
 * filters are plain indexed comparisons; `of` and `deriveYears` keep them in step.
 */
@ObjectType({ description: 'A period with the precision the source gives (exact dates or years only).' })
@Embeddable()
export class Period {
  @Field(() => String, {
    nullable: true,
    description: 'First day (ISO). With YEAR precision: 1 January of the start year.',
  })
  @Property({ type: 'date', nullable: true, fieldName: PERIOD_COLUMNS.start })
  start: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day (ISO); null when open or unknown. With YEAR precision: 31 December.',
  })
  @Property({ type: 'date', nullable: true, fieldName: PERIOD_COLUMNS.end })
  end: string | null = null;

  @Field(() => PeriodPrecisionEnum, {
    description: 'DAY: exact dates; MONTH; YEAR: the source gives years only.',
  })
  @Enum({ items: () => [...PERIOD_PRECISIONS], nullable: true, fieldName: PERIOD_COLUMNS.precision })
  precision: PeriodPrecision | null = null;

  @Field(() => Int, { nullable: true, description: 'Start year.' })
  @Property({ type: 'integer', nullable: true, index: true, fieldName: PERIOD_COLUMNS.startYear })
  startYear: number | null = null;

  @Field(() => Int, { nullable: true, description: 'End year.' })
  @Property({ type: 'integer', nullable: true, index: true, fieldName: PERIOD_COLUMNS.endYear })
  endYear: number | null = null;

  /** The period a value states, its years derived; null for none. */
  static of(value: PeriodValue | null | undefined): Period | null {
    if (!value) return null;
    const period = new Period();
    period.start = value.start ?? null;
    period.end = value.end ?? null;
    period.precision = value.precision;
    period.deriveYears();
    return period;
  }

  /** The period an answer shows: null when it says nothing (no precision, or neither date). */
  static shown(period: Period | null | undefined): Period | null {
    return period?.precision && (period.start || period.end) ? period : null;
  }

  /** Keeps the denormalised years in step with the dates. */
  deriveYears(): void {
    this.startYear = this.start ? Number(this.start.slice(0, 4)) : null;
    this.endYear = this.end ? Number(this.end.slice(0, 4)) : null;
  }
}
