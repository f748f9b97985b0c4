import type { ProjectStatus } from '@vertailu/data';
import { Field, ID, InputType } from 'type-graphql';
import { YearRangeInput } from '../../graphql/common.types';
import { Connection } from '../../graphql/connection';
import {
  type ProjectOrderField,
  ProjectOrderFieldEnum,
  ProjectStatusEnum,
  type SortDirection,
  SortDirectionEnum,
} from '../../graphql/enums';
import { Project } from './project.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { type ProjectOrderField, ProjectOrderFieldEnum } from '../../graphql/enums';

@InputType({ description: 'Which projects to list. All given conditions must hold.' })
export class ProjectFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Municipality codes: projects any of them takes part in.',
  })
  municipalities?: string[];

  @Field(() => YearRangeInput, { nullable: true, description: 'Projects whose period overlaps these years.' })
  years?: YearRangeInput;

  @Field(() => [ProjectStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProjectStatus[];

  @Field(() => [String], {
    nullable: true,
    description: 'Sector codes (see `terms(vocabulary: SECTOR)`): any of them.',
  })
  sectors?: string[];

  @Field(() => [String], { nullable: true, description: 'Target group codes: any of them.' })
  targetGroups?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Organisation ids: projects with a funding line from any of them.',
  })
  funders?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the name, number, aims or focus areas; case-insensitive, "jarvenpaa" also finds "Järvenpää".',
  })
  search?: string;
}

@InputType({ description: 'Sort order of projects.' })
export class ProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { description: 'Sort key.' })
  field!: ProjectOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'Direction.' })
  direction: SortDirection = 'ASC';
}

export const ProjectConnection = Connection(Project, 'Project');
