import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { Aggregation, IndicatorCategory, IndicatorUnit, Polarity } from '@vertailu/indicators';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IndicatorCategoryEnum, IndicatorUnitEnum, PolarityEnum } from '../../graphql/enums';
import { toGlobalId } from '../../graphql/global-id';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { IndicatorCategoryEnum, IndicatorUnitEnum, PolarityEnum } from '../../graphql/enums';

@ObjectType({
  description: 'An indicator of the catalogue: what is measured, in which unit, and how it is derived.',
})
@Entity()
export class Indicator {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'Stable code, e.g. OWN_PROJECT_COST or POPULATION.' })
  @PrimaryKey({ type: 'string', length: 60 })
  code!: string;

  @Field(() => String, { description: 'Name in Finnish.' })
  @Property({ type: 'string', length: 200 })
  nameFi!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => IndicatorUnitEnum, { description: 'Unit of the values.' })
  @Property({ type: 'string', length: 30 })
  unit!: IndicatorUnit;

  @Field(() => IndicatorCategoryEnum, { description: 'Cost, effectiveness or context.' })
  @Enum({ items: () => Object.values(IndicatorCategoryEnum) })
  category!: IndicatorCategory;

  @Field(() => PolarityEnum, { description: 'Which direction is better.' })
  @Enum({ items: () => Object.values(PolarityEnum) })
  polarity!: Polarity;

  @Field(() => String, { description: 'The formula in words.' })
  @Property({ type: 'text' })
  definition!: string;

  @Field(() => String, { description: 'Where the values come from.' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The formula in words, in Finnish (null only in a database whose catalogue predates it).',
  })
  @Property({ type: 'text', nullable: true })
  definitionFi: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where the values come from, in Finnish.' })
  @Property({ type: 'text', nullable: true })
  sourceFi: string | null = null;

  /** How values over several years combine (SUM, LATEST, RATIO, …). */
  @Property({ type: 'string', length: 20 })
  aggregation!: Aggregation;

  @Field(() => Boolean, { description: 'Whether values can be shown per inhabitant or per 0–17-year-old.' })
  @Property({ type: 'boolean' })
  normalizable!: boolean;

  @Property({ type: 'string', length: 60, nullable: true })
  ratioNumerator: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  ratioDenominator: string | null = null;

  @Property({ type: 'double', nullable: true })
  ratioFactor: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'Sotkanet indicator id whose imports fill this indicator.',
  })
  @Property({ type: 'integer', nullable: true, unique: true })
  sotkanetId: number | null = null;

  @Field(() => ID, { name: 'id', description: 'Global object id.' })
  get nodeId(): string {
    return toGlobalId('Indicator', this.code);
  }
}
