import type { MunicipalityRole, ProjectStatus } from '@vertailu/data';
import { Field, InputType } from 'type-graphql';
import { MunicipalityRoleEnum, ProjectStatusEnum } from '../../graphql/enums';
import { CitationInput } from '../source/citation.input';
import { DatedRecordFields, VersionedInput } from './shared.input';

@InputType({ description: 'A municipality taking part in a project.' })
export class ProjectMunicipalityInput {
  @Field(() => String, { description: 'Statistics Finland code of a municipality in the database.' })
  code!: string;

  @Field(() => MunicipalityRoleEnum, { description: 'Its role.' })
  role!: MunicipalityRole;
}

@InputType({
  description: 'Fields of a project. In updates, an omitted field stays as it is and null clears it.',
})
export class ProjectFields extends DatedRecordFields {
  @Field(() => String, { nullable: true, description: 'Funder’s project number.' })
  projectNumber?: string | null;

  @Field(() => ProjectStatusEnum, { nullable: true, description: 'Status.' })
  status?: ProjectStatus | null;

  @Field(() => String, { nullable: true, description: 'Date the status holds at, YYYY-MM-DD.' })
  statusAsOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Date results were completed, YYYY-MM-DD.' })
  resultsDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Aims.' })
  aims?: string | null;

  @Field(() => [String], { nullable: true, description: 'Focus areas.' })
  focusAreas?: string[];

  @Field(() => [ProjectMunicipalityInput], {
    nullable: true,
    description: 'Municipalities and roles (replaces the list).',
  })
  municipalities?: ProjectMunicipalityInput[];

  @Field(() => [CitationInput], {
    nullable: true,
    description: 'Citations (replaces the project’s own citations).',
  })
  citations?: CitationInput[];
}

@InputType({ description: 'Create a project.' })
export class CreateProjectInput extends ProjectFields {}

@InputType({ description: 'Change a project. `version` must be the version you read.' })
export class UpdateProjectInput extends VersionedInput(
  ProjectFields,
  'Project',
  'The version you edited; a different current version is a CONFLICT.',
) {}
