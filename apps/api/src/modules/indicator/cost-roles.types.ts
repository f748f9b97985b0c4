import type { CostBasis, CostRole } from '@vertailu/data';
import type { MissingReason } from '@vertailu/indicators';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CostBasisEnum, CostRoleEnum } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { ExplanationInput } from './comparison.types';
import { MissingReasonEnum } from './indicator-value.entity';

@ObjectType({
  description:
    'One part of what development work cost a municipality (gross, external funding, net own cost …), exact, with its basis, the years it covers and where it comes from (`inputs`, `citations`).',
})
export class CostFigure {
  @Field(() => CostRoleEnum, { description: 'Which part of the cost this is.' })
  role!: CostRole;

  @Field(() => Float, {
    nullable: true,
    description: 'Euros; null when unknown (see missingReason), never 0 for unknown. Round only to show it.',
  })
  amount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The exact amount as a decimal string, two decimals ("13100.00"); null when unknown.',
  })
  exact!: string | null;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'Why the amount is unknown.' })
  missingReason!: MissingReason | null;

  @Field(() => CostBasisEnum, {
    nullable: true,
    description:
      'ESTIMATE (a budget) or REALISED; for sums and differences the weakest of the inputs (any estimate makes it an estimate); null when the inputs do not say (a granted amount) or nothing is known.',
  })
  basis!: CostBasis | null;

  @Field(() => Boolean, {
    description: 'Computed from other figures (see `formula`), not stated as such in a document.',
  })
  derived!: boolean;

  @Field(() => String, { nullable: true, description: 'How it is computed, with the numbers (English).' })
  formula!: string | null;

  @Field(() => String, { nullable: true, description: 'How it is computed, with the numbers (Finnish).' })
  formulaFi!: string | null;

  @Field(() => Boolean, {
    description:
      'The 0 is a stated fact (“no separate funding”), not a funder line of 0 € and not missing data.',
  })
  knownZero!: boolean;

  @Field(() => String, { nullable: true, description: 'Caveat in English.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Caveat in Finnish.' })
  noteFi!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'First calendar year the figure covers (the period of the project or practice).',
  })
  fromYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last calendar year the figure covers.' })
  toYear!: number | null;

  @Field(() => [ExplanationInput], {
    description: 'The figures it is taken or computed from, each with its record and citations.',
  })
  inputs!: ExplanationInput[];
}

@ObjectType({ description: 'A derived percentage: external funding’s share of a whole (consortium) budget.' })
export class CostPercent {
  @Field(() => CostRoleEnum, { description: 'EXTERNAL_SHARE_OF_WHOLE.' })
  role!: CostRole;

  @Field(() => Float, { nullable: true, description: 'Per cent; null when an input is unknown.' })
  percent!: number | null;

  @Field(() => MissingReasonEnum, { nullable: true, description: 'Why it is unknown.' })
  missingReason!: MissingReason | null;

  @Field(() => CostBasisEnum, { nullable: true, description: 'The weakest basis of the inputs.' })
  basis!: CostBasis | null;

  @Field(() => Boolean, { description: 'Always true: computed, not stated.' })
  derived!: boolean;

  @Field(() => String, { description: 'How it is computed, with the numbers (English).' })
  formula!: string;

  @Field(() => String, { description: 'How it is computed, with the numbers (Finnish).' })
  formulaFi!: string;

  @Field(() => [ExplanationInput], { description: 'Numerator and denominator, with records and citations.' })
  inputs!: ExplanationInput[];
}

@ObjectType({
  description:
    'What one project or practice cost one municipality, told apart: gross cost, external funding, net own cost; and where a document gives a whole (consortium) budget besides the municipality’s share, that whole, the other parties’ part (derived) and external funding’s share of the whole (derived).',
})
export class ItemCostRoles {
  @Field(() => Municipality, { description: 'The municipality the figures are for.' })
  municipality!: Municipality;

  @Field(() => CostFigure, {
    description: 'Gross cost: the municipality’s share, or the whole cost when it carries it alone.',
  })
  gross!: CostFigure;

  @Field(() => CostFigure, {
    description: 'External grants it received; a stated “no separate funding” is a known 0.',
  })
  externalFunding!: CostFigure;

  @Field(() => CostFigure, { description: 'Net own cost = gross − external funding (derived).' })
  netOwnCost!: CostFigure;

  @Field(() => CostFigure, {
    nullable: true,
    description: 'The whole (consortium’s) budget, if one is given.',
  })
  wholeBudget!: CostFigure | null;

  @Field(() => CostFigure, {
    nullable: true,
    description: 'Whole budget − the municipality’s share: the other parties’ part together (derived).',
  })
  restOfWhole!: CostFigure | null;

  @Field(() => CostPercent, {
    nullable: true,
    description: 'External funding ÷ whole budget × 100 (derived).',
  })
  externalShareOfWhole!: CostPercent | null;

  /** The project whose figures these are (`project`, resolved by the per-request loader when asked). */
  projectId!: number | null;

  /** The practice whose figures these are (`practice`). */
  practiceId!: number | null;
}

@ObjectType({
  description:
    'What a municipality’s development work cost it, summed over its projects and practices: gross, external funding, net own cost, each exact with its basis; and the items they are summed from.',
})
export class MunicipalityCostRoles {
  @Field(() => Municipality, { description: 'The municipality.' })
  municipality!: Municipality;

  @Field(() => CostFigure, {
    description:
      'Sum of the items’ gross costs; unknown if any is unknown; NOT_APPLICABLE when it has no projects or practices.',
  })
  gross!: CostFigure;

  @Field(() => CostFigure, { description: 'Sum of the items’ external funding.' })
  externalFunding!: CostFigure;

  @Field(() => CostFigure, { description: 'Sum of the items’ net own costs.' })
  netOwnCost!: CostFigure;

  @Field(() => Int, { description: 'Projects and practices of the municipality.' })
  itemCount!: number;

  @Field(() => [ItemCostRoles], { description: 'Each project’s and practice’s figures.' })
  items!: ItemCostRoles[];
}
