import type { CostBasis, CostKind } from '@vertailu/data';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CostBasisEnum, CostKindEnum } from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';

@InputType({
  description:
    'Change a cost figure. `version` must be the version you read; an omitted field stays and null clears it.',
})
export class UpdateCostItemInput {
  @Field(() => ID, { description: 'Cost item id.' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited.' })
  version!: number;

  @Field(() => CostKindEnum, { nullable: true, description: 'What the figure covers.' })
  kind?: CostKind;

  @Field(() => CostBasisEnum, { nullable: true, description: 'Estimate (budget) or realised.' })
  basis?: CostBasis;

  @Field(() => Number, { nullable: true, description: 'Euros ≥ 0, at most two decimals; null = unknown.' })
  amount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Municipality code when the cost is one municipality’s; null for the whole.',
  })
  municipalityCode?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Citations (replaces the cost’s citations).' })
  citations?: CitationInput[];
}
