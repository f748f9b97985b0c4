import type { EvidenceType, OutcomeDirection, OutcomeKind } from '@vertailu/data';
import { Field, ID, InputType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { EvidenceTypeEnum, OutcomeDirectionEnum, OutcomeKindEnum } from '../../graphql/enums';
import { Outcome } from './outcome.entity';

@InputType({ description: 'Which outcomes to list. All given conditions must hold.' })
export class OutcomeFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Municipality codes: outcomes of their projects and practices.',
  })
  municipalities?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Outcome domain codes (see `terms(vocabulary: OUTCOME_DOMAIN)`).',
  })
  domains?: string[];

  @Field(() => [OutcomeDirectionEnum], { nullable: true, description: 'Any of these directions.' })
  directions?: OutcomeDirection[];

  @Field(() => [OutcomeKindEnum], { nullable: true, description: 'Results, outputs, or both.' })
  kinds?: OutcomeKind[];

  @Field(() => EvidenceTypeEnum, {
    nullable: true,
    description: 'Only outcomes backed at least this strongly.',
  })
  minEvidence?: EvidenceType;

  @Field(() => ID, { nullable: true, description: 'Only outcomes of this project.' })
  project?: string;

  @Field(() => ID, { nullable: true, description: 'Only outcomes of this practice.' })
  practice?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the summary, value description or comparison.',
  })
  search?: string;
}

export const OutcomeConnection = Connection(Outcome, 'Outcome');
