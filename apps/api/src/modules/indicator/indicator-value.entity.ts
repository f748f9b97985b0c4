import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Explanation, MissingReason } from '@vertailu/indicators';
import { Field, Int, ObjectType } from 'type-graphql';
import { MissingReasonEnum, type Provenance, ProvenanceEnum } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { Indicator } from './indicator.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { MissingReasonEnum, type Provenance, ProvenanceEnum } from '../../graphql/enums';

/**
 * One value of an indicator for a municipality and year, with its provenance. Derived values keep
 * the record they were derived from in `series` ("Project:3"), so several projects of one year
 * coexist and one project's values can be recomputed alone.
 */
@ObjectType({ description: 'A value of an indicator for a municipality and year, with its provenance.' })
@Entity()
@Unique({ properties: ['indicator', 'municipality', 'year', 'gender', 'series'] })
@Index({ properties: ['municipality', 'indicator', 'year'] })
export class IndicatorValue {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Indicator)
  indicator!: Indicator;

  @ManyToOne(() => Municipality)
  municipality!: Municipality;

  @Field(() => Int, { nullable: true, description: 'Calendar year; null when the period is unknown.' })
  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  @Field(() => String, { description: 'total, male or female (Sotkanet’s genders).' })
  @Property({ type: 'string', length: 10 })
  gender: string = 'total';

  /** "statistics" for context and imported values; "Project:3" / "Practice:5" for derived ones. */
  @Property({ type: 'string', length: 40 })
  series!: string;

  @Field(() => Number, { nullable: true, description: 'The value; null when unknown (see missingReason).' })
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  /**
   * Money values in integer cents (derived cost values): sums over them in SQL are exact, where sums
   * of `value` (a double) would drift (13100.000000000002). Null for values that are not money.
   */
  @Property({ type: new BigIntType('number'), nullable: true })
  cents: number | null = null;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'Why the value is empty.' })
  @Property({ type: 'string', length: 30, nullable: true })
  missingReason: MissingReason | null = null;

  @Field(() => ProvenanceEnum, { description: 'Where the value comes from.' })
  @Enum({ items: () => Object.values(ProvenanceEnum) })
  provenance!: Provenance;

  @Property({ type: 'json', nullable: true })
  explanation: Explanation | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Source named for the value (e.g. a context table row’s source).',
  })
  @Property({ type: 'text', nullable: true })
  sourceNote: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'When the value was imported (ISO 8601), for imported values.',
  })
  @Property({ type: 'string', length: 30, nullable: true })
  importedAt: string | null = null;
}
