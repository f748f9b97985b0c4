import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CostBasisEnum, ParentShareMethodEnum, PopulationBaseEnum } from '../../graphql/enums';
import { Citation } from '../source/citation.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { ParentShareMethodEnum, PopulationBaseEnum } from '../../graphql/enums';

@InputType({
  description:
    'Assumptions of an adoption estimate; every one optional, each default is stated in the answer.',
})
export class AdoptionAssumptionsInput {
  @Field(() => ParentShareMethodEnum, { nullable: true, description: 'Default EQUAL_SPLIT.' })
  parentShare?: keyof typeof ParentShareMethodEnum;

  @Field(() => Float, {
    nullable: true,
    description:
      'With USER_SET: the practice’s share of the project’s cost, low end, percent (0–100, two decimals).',
  })
  parentShareLowPercent?: number;

  @Field(() => Float, { nullable: true, description: 'With USER_SET: high end, percent.' })
  parentShareHighPercent?: number;

  @Field(() => PopulationBaseEnum, {
    nullable: true,
    description: 'Default: the most specific base fitting the practice’s target groups that has figures.',
  })
  populationBase?: keyof typeof PopulationBaseEnum;

  @Field(() => Float, {
    nullable: true,
    description: 'Part of the cost that does not grow with the population, low end, percent (default 0).',
  })
  fixedLowPercent?: number;

  @Field(() => Float, { nullable: true, description: 'High end, percent (default 100).' })
  fixedHighPercent?: number;
}

@ObjectType({ description: 'A range of euros, exact: decimal strings with two decimals ("44079.00").' })
export class EuroRange {
  @Field(() => String, { description: 'Low end, euros (rounded down to the cent).' })
  low!: string;

  @Field(() => String, { description: 'High end, euros (rounded up to the cent).' })
  high!: string;
}

@ObjectType({
  description: 'One input of a step: a reported figure, a count or a statistic, with its source.',
})
export class AdoptionStepInput {
  @Field(() => String, { description: 'What the input is, in English.' })
  label!: string;

  @Field(() => String, {
    description: 'Exact value as text: euros "220395.00", persons "21928", a count "5".',
  })
  value!: string;

  @Field(() => String, { description: 'EUR, PERSONS, SHARE (a count dividing), RATIO or YEAR.' })
  unit!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the record the value comes from.' })
  recordId!: string | null;

  @Field(() => [Citation], { description: 'The passages the value is read from.' })
  citations!: Citation[];

  @Field(() => String, { nullable: true, description: 'Source of a statistic, as the data set names it.' })
  source!: string | null;
}

@ObjectType({
  description: 'One step of the estimate: its formula with the numbers, inputs and assumptions.',
})
export class AdoptionStep {
  @Field(() => String, {
    description: 'PRACTICE_COST, PARENT_COST, SHARE_OF_PARENT, POPULATION_BASE, SCALED_COST or RUNNING_COST.',
  })
  kind!: string;

  @Field(() => String, { description: 'The formula with its numbers (English).' })
  formula!: string;

  @Field(() => EuroRange, { nullable: true, description: 'What the step gives, when it gives money.' })
  result!: EuroRange | null;

  @Field(() => [AdoptionStepInput], { description: 'What the step reads, each with its source.' })
  inputs!: AdoptionStepInput[];

  @Field(() => [String], { description: 'Codes of the assumptions the step uses.' })
  assumptions!: string[];
}

@ObjectType({ description: 'An assumption the estimate rests on, with its value and why.' })
export class AdoptionAssumption {
  @Field(() => String, { description: 'PARENT_SHARE, POPULATION_BASE, FIXED_PART or PRICE_LEVEL.' })
  code!: string;

  @Field(() => String, {
    description: 'EQUAL_SPLIT / USER_SET; a PopulationBase; FIXED_RANGE; NOT_ADJUSTED.',
  })
  method!: string;

  @Field(() => Float, { nullable: true, description: 'Low end in percent, for shares.' })
  lowPercent!: number | null;

  @Field(() => Float, { nullable: true, description: 'High end in percent, for shares.' })
  highPercent!: number | null;

  @Field(() => Boolean, { description: 'True when no value was given and the default holds.' })
  isDefault!: boolean;

  @Field(() => String, { description: 'Why this value, in English.' })
  explanation!: string;

  @Field(() => [String], {
    description: 'The choices (for POPULATION_BASE: those fitting the target groups).',
  })
  options!: string[];
}

@ObjectType({ description: 'What the documents report (kept apart from the estimate), with its passages.' })
export class AdoptionKnown {
  @Field(() => String, {
    description:
      'PRACTICE_COST, PARENT_COST, EXTERNAL_FUNDING, NO_SEPARATE_FUNDING, DEVELOPMENT_LINES or RUNNING_COST_STATEMENT.',
  })
  kind!: string;

  @Field(() => String, { description: 'What it is, in English; statements without a figure in words.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Reported euros, exact; null when no figure is given.',
  })
  amount!: string | null;

  @Field(() => CostBasisEnum, { nullable: true, description: 'Estimate or realised, for costs.' })
  basis!: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the record.' })
  recordId!: string | null;

  @Field(() => [Citation], { description: 'The passages it is read from.' })
  citations!: Citation[];
}

@ObjectType({ description: 'Something the estimate lacks, and what follows.' })
export class AdoptionMissing {
  @Field(() => String, {
    description:
      'NO_COST_REPORTED, COST_NOT_REPORTED_NO_SEPARATE_FUNDING, GRANT_AMOUNT_UNKNOWN, BASE_NOT_IN_DATASET, NO_HOME_POPULATION, NO_TARGET_POPULATION or NO_RUNNING_COST_FIGURE.',
  })
  code!: string;

  @Field(() => String, { description: '"Cannot be estimated: …" in English.' })
  message!: string;
}

@ObjectType({ description: 'A population figure used for scaling.' })
export class PopulationUsed {
  @Field(() => String, { description: 'Municipality code.' })
  municipalityCode!: string;

  @Field(() => Int, { description: 'Year of the figure (year end).' })
  year!: number;

  @Field(() => Int, { description: 'Persons.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from.' })
  source!: string | null;
}

@ObjectType({
  description:
    'What adopting a practice might cost a municipality: an estimate (a range, never a reported figure) scaled from what the documents state, with every step, input and assumption, and what is missing.',
})
export class AdoptionEstimateResult {
  /** For the field resolvers. */
  practiceId!: number;
  targetCode!: string;
  homeCode!: string;

  @Field(() => EuroRange, {
    nullable: true,
    description: 'Estimated development cost for the target; null = cannot be estimated (see `missing`).',
  })
  development!: EuroRange | null;

  @Field(() => EuroRange, {
    nullable: true,
    description:
      'Estimated running cost; null when the documents give no figure (their words are in `known`).',
  })
  running!: EuroRange | null;

  @Field(() => [AdoptionKnown], { description: 'What the documents report, kept apart from the estimate.' })
  known!: AdoptionKnown[];

  @Field(() => [AdoptionAssumption], {
    description: 'Every assumption used, with its value and whether it is the default.',
  })
  assumptions!: AdoptionAssumption[];

  @Field(() => [AdoptionStep], { description: 'The calculation step by step.' })
  steps!: AdoptionStep[];

  @Field(() => [AdoptionMissing], {
    description: 'What is missing, and what cannot be estimated because of it.',
  })
  missing!: AdoptionMissing[];

  @Field(() => PopulationBaseEnum, { description: 'The population the estimate scales with.' })
  populationBase!: string;

  @Field(() => PopulationUsed, { nullable: true, description: 'The home municipality’s figure used.' })
  homePopulation!: PopulationUsed | null;

  @Field(() => PopulationUsed, { nullable: true, description: 'The target municipality’s figure used.' })
  targetPopulation!: PopulationUsed | null;
}
