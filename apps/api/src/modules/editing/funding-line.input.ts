import type { CostBasis, FundingKind } from '@vertailu/data';
import { Field, ID, InputType } from 'type-graphql';
import { CostBasisEnum, FundingKindEnum } from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';
import { OwnedInput, VersionedInput } from './shared.input';

@InputType({
  description: 'Fields of a funding line. In updates, an omitted field stays and null clears it.',
})
export class FundingLineFields {
  @Field(() => FundingKindEnum, { nullable: true, description: 'Kind (required when creating).' })
  kind?: FundingKind;

  @Field(() => ID, { nullable: true, description: 'Funder organisation id.' })
  funderId?: string | null;

  @Field(() => Number, { nullable: true, description: 'Euros ≥ 0, at most two decimals; null = unknown.' })
  amount?: number | null;

  @Field(() => CostBasisEnum, {
    nullable: true,
    description:
      'ESTIMATE (part of a budget) or REALISED; null: a granted amount (decision) that says neither.',
  })
  basis?: CostBasis | null;

  @Field(() => String, { nullable: true, description: 'Recipient municipality code.' })
  recipientCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Decision date, YYYY-MM-DD.' })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Remark.' })
  note?: string | null;

  @Field(() => [CitationInput], { nullable: true, description: 'Citations (replaces the line’s citations).' })
  citations?: CitationInput[];
}

@InputType({ description: 'Add a funding line to a project or a practice (exactly one).' })
export class CreateFundingLineInput extends OwnedInput(FundingLineFields) {}

@InputType({ description: 'Change a funding line. `version` must be the version you read.' })
export class UpdateFundingLineInput extends VersionedInput(FundingLineFields, 'Funding line') {}
