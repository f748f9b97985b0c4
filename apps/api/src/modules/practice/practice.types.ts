import type { PracticePhase } from '@vertailu/data';
import { Field, ID, InputType } from 'type-graphql';
import { YearRangeInput } from '../../graphql/common.types';
import { Connection } from '../../graphql/connection';
import {
  type PracticeOrderField,
  PracticeOrderFieldEnum,
  PracticePhaseEnum,
  type SortDirection,
  SortDirectionEnum,
} from '../../graphql/enums';
import { Practice } from './practice.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { type PracticeOrderField, PracticeOrderFieldEnum } from '../../graphql/enums';

@InputType({ description: 'Which practices to list. All given conditions must hold.' })
export class PracticeFilter {
  @Field(() => [String], { nullable: true, description: 'Municipality codes.' })
  municipalities?: string[];

  @Field(() => YearRangeInput, {
    nullable: true,
    description: 'Practices whose period overlaps these years.',
  })
  years?: YearRangeInput;

  @Field(() => [PracticePhaseEnum], { nullable: true, description: 'Any of these phases.' })
  phases?: PracticePhase[];

  @Field(() => [String], { nullable: true, description: 'Sector codes: any of them.' })
  sectors?: string[];

  @Field(() => [String], { nullable: true, description: 'Target group codes: any of them.' })
  targetGroups?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Organisation ids: practices funded by any of them (named funder or funding line).',
  })
  funders?: string[];

  @Field(() => ID, { nullable: true, description: 'Only practices developed in this project.' })
  parentProject?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the name, descriptions, needs, solution or results; case-insensitive, accent-tolerant.',
  })
  search?: string;
}

@InputType({ description: 'Sort order of practices.' })
export class PracticeOrder {
  @Field(() => PracticeOrderFieldEnum, { description: 'Sort key.' })
  field!: PracticeOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'Direction.' })
  direction: SortDirection = 'ASC';
}

export const PracticeConnection = Connection(Practice, 'Practice');
