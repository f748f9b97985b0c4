import type { EvidenceType, OutcomeDirection, OutcomeKind, PeriodPrecision } from '@vertailu/data';
import { Field, InputType, Int } from 'type-graphql';
import {
  EvidenceTypeEnum,
  OutcomeDirectionEnum,
  OutcomeKindEnum,
  PeriodPrecisionEnum,
} from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';
import { OwnedInput, VersionedInput } from './shared.input';

@InputType({ description: 'Fields of an outcome. In updates, an omitted field stays and null clears it.' })
export class OutcomeFields {
  @Field(() => OutcomeKindEnum, { nullable: true, description: 'Result or output (required when creating).' })
  kind?: OutcomeKind;

  @Field(() => String, { nullable: true, description: 'Outcome domain code (required when creating).' })
  domain?: string;

  @Field(() => OutcomeDirectionEnum, { nullable: true, description: 'Direction (required when creating).' })
  direction?: OutcomeDirection;

  @Field(() => EvidenceTypeEnum, { nullable: true, description: 'Evidence (required when creating).' })
  evidenceType?: EvidenceType;

  @Field(() => String, { nullable: true, description: 'The claim in English (required when creating).' })
  summaryEn?: string;

  @Field(() => String, { nullable: true, description: 'The claim in Finnish, as the Finnish pages show it.' })
  summaryFi?: string | null;

  @Field(() => Number, { nullable: true, description: 'Measured value.' })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the value (required with a value).' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'What the value measures.' })
  valueDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'When measured, YYYY-MM-DD.' })
  measuredAt?: string | null;

  @Field(() => PeriodPrecisionEnum, { nullable: true, description: 'Precision of measuredAt.' })
  measuredPrecision?: PeriodPrecision | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Date of the document that reports the outcome, YYYY-MM-DD, when it does not say when it was measured.',
  })
  reportedAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Baseline year.' })
  baselineYear?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is compared with.' })
  comparison?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Citations (replaces the outcome’s citations).',
  })
  citations?: CitationInput[];
}

@InputType({ description: 'Add an outcome to a project or a practice (exactly one).' })
export class CreateOutcomeInput extends OwnedInput(OutcomeFields) {}

@InputType({ description: 'Change an outcome. `version` must be the version you read.' })
export class UpdateOutcomeInput extends VersionedInput(OutcomeFields, 'Outcome') {}
