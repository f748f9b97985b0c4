import type { CostBasis, CostKind } from '@vertailu/data';
import { Field, InputType } from 'type-graphql';
import { CostBasisEnum, CostKindEnum } from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';
import { VersionedInput } from './shared.input';

@InputType({ description: 'Fields of a cost figure; an omitted field stays and null clears it.' })
export class CostItemFields {
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

@InputType({
  description:
    'Change a cost figure. `version` must be the version you read; an omitted field stays and null clears it.',
})
export class UpdateCostItemInput extends VersionedInput(CostItemFields, 'Cost item') {}
