import type { PracticePhase } from '@vertailu/data';
import { Field, ID, InputType } from 'type-graphql';
import { PracticePhaseEnum } from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';
import { DatedRecordFields, VersionedInput } from './shared.input';

@InputType({
  description: 'Fields of a practice. In updates, an omitted field stays as it is and null clears it.',
})
export class PracticeFields extends DatedRecordFields {
  @Field(() => String, { nullable: true, description: 'Short description.' })
  shortDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Municipality code (required when creating).' })
  municipalityCode?: string;

  @Field(() => String, { nullable: true, description: 'Area as written.' })
  area?: string | null;

  @Field(() => ID, { nullable: true, description: 'Funder organisation id.' })
  funderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent project id.' })
  parentProjectId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Named as a development line of the parent project.' })
  isDevelopmentLine?: boolean;

  @Field(() => PracticePhaseEnum, { nullable: true, description: 'Development phase.' })
  phase?: PracticePhase | null;

  @Field(() => String, { nullable: true, description: 'Date the phase holds at, YYYY-MM-DD.' })
  phaseAsOf?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Continues as permanent service.' })
  permanentUse?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Created (YYYY-MM-DD).' })
  createdDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last modified (YYYY-MM-DD), not before created.' })
  modifiedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Unlabelled date on the description (YYYY-MM-DD).' })
  publishedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Needs and goals.' })
  needsAndGoals?: string | null;

  @Field(() => String, { nullable: true, description: 'Solution.' })
  solution?: string | null;

  @Field(() => String, { nullable: true, description: 'Results.' })
  results?: string | null;

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Citations (replaces the practice’s own citations).',
  })
  citations?: CitationInput[];
}

@InputType({ description: 'Create a practice.' })
export class CreatePracticeInput extends PracticeFields {}

@InputType({ description: 'Change a practice. `version` must be the version you read.' })
export class UpdatePracticeInput extends VersionedInput(PracticeFields, 'Practice') {}
