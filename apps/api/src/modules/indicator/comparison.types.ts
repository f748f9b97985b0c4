import type { CostBasis } from '@vertailu/data';
import type { MissingReason } from '@vertailu/indicators';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { YearRangeInput } from '../../graphql/common.types';
import { CostBasisEnum, type Normalize, NormalizeEnum } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { Indicator, IndicatorUnitEnum } from './indicator.entity';
import { MissingReasonEnum } from './indicator-value.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { type Normalize, NormalizeEnum } from '../../graphql/enums';

@ObjectType({ description: 'One input of a derived value: a figure from a record, with its unit.' })
export class ExplanationInput {
  @Field(() => String, { description: 'What the input is.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the input is, in Finnish (record name and the figure’s role); null for older values.',
  })
  labelFi?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cost kind or funding kind of the figure (TOTAL_COSTS, EXTERNAL_GRANT …; labels: `codeLabels`).',
  })
  kind?: string | null;

  @Field(() => CostBasisEnum, {
    nullable: true,
    description: 'ESTIMATE or REALISED; null when the record does not say (a granted amount) or not money.',
  })
  basis?: CostBasis | null;

  @Field(() => Float, { nullable: true, description: 'Its value; null when unknown.' })
  value!: number | null;

  @Field(() => String, { description: 'Its unit.' })
  unit!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Global id of the record it comes from (use `node(id)`, which gives its citations).',
  })
  recordId!: string | null;
}

@ObjectType({ description: 'How a value was computed: the formula in words and the inputs.' })
export class Explanation {
  @Field(() => String, { description: 'Formula in words.' })
  formula!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Formula in words, in Finnish; null for values derived before Finnish formulas existed.',
  })
  formulaFi?: string | null;

  @Field(() => [ExplanationInput], { description: 'The inputs, each traceable to a record.' })
  inputs!: ExplanationInput[];
}

@ObjectType({ description: 'One municipality’s value of an indicator in a comparison.' })
export class ComparisonRow {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => Float, { nullable: true, description: 'The value; null when unknown — never 0 for unknown.' })
  value!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The exact amount as a decimal string with two decimals ("13100.00") for sums of money (no normalising); null otherwise. `value` is the same amount as a number: round only when showing it.',
  })
  exact!: string | null;

  @Field(() => Boolean, {
    description:
      'True when the records hold nothing of this kind for the municipality at all — e.g. no funding line from this kind of funder (Tornio and Työsuojelurahasto), or no project or practice: say “none in the sources”, not “unknown”. Only for cost indicators summed from the records.',
  })
  noneInSources!: boolean;

  @Field(() => IndicatorUnitEnum, { description: 'Unit of the value (after normalising).' })
  unit!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank among the compared municipalities with a value (1 = best, or largest when neutral).',
  })
  rank!: number | null;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'Why the value is empty.' })
  missingReason!: MissingReason | null;

  @Field(() => String, {
    nullable: true,
    description: 'More about the missing value or a caveat (e.g. which years lack population).',
  })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The same note in Finnish.' })
  noteFi?: string | null;

  @Field(() => [Int], { description: 'Years whose values went into this one.' })
  years!: readonly number[];

  // Not fields: what `explanation` and `bases` are resolved from (ComparisonRowResolver), with the
  // row's municipality and years — plain properties, so a row whose explanation nobody asks for costs no
  // statement and no object beyond itself (a national comparison has thousands of rows).
  /** The formula in words. */
  formula!: string;
  /** The same in Finnish. */
  formulaFi!: string | null;
  /** The stored indicators its inputs come from (one array per indicator, shared by its rows). */
  inputIndicators!: string[];
}

/** What one compared value's explanation needs: its stored indicators, municipality and years. */
export interface ExplanationKey {
  indicators: string[];
  municipality: string;
  years: readonly number[];
}

@ObjectType({ description: 'An indicator compared across municipalities.' })
export class IndicatorComparison {
  @Field(() => Indicator, { description: 'The indicator.' })
  indicator!: Indicator;

  @Field(() => NormalizeEnum, {
    description: 'The normalisation applied (NONE when the indicator cannot be normalised).',
  })
  normalize!: Normalize;

  @Field(() => [ComparisonRow], { description: 'One row per compared municipality, in the order asked.' })
  rows!: ComparisonRow[];

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the known values; null when fewer than two are known.',
  })
  mean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median of the known values; null when fewer than two are known.',
  })
  median!: number | null;

  @Field(() => Int, { description: 'How many municipalities have a value.' })
  knownCount!: number;
}

@ArgsType()
export class CompareArgs {
  @Field(() => [String], { description: 'Municipality codes (1–400).' })
  municipalities!: string[];

  @Field(() => [String], { description: 'Indicator codes (see `indicators`), 1–50.' })
  indicators!: string[];

  @Field(() => YearRangeInput, {
    nullable: true,
    description: 'Years to include (inclusive); all years when omitted.',
  })
  years?: YearRangeInput;

  @Field(() => NormalizeEnum, { defaultValue: 'NONE', description: 'Normalisation of euro amounts.' })
  normalize: Normalize = 'NONE';
}
