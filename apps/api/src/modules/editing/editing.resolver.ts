import { Resolver } from 'type-graphql';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { UpdateCostItemInput } from './cost-item.input';
import { updateCostItem } from './cost-item-edit.service';
import { EditableResolver } from './editable.resolver';
import { CreateFundingLineInput, UpdateFundingLineInput } from './funding-line.input';
import { createFundingLine, deleteFundingLine, updateFundingLine } from './funding-line-edit.service';
import { CreateOutcomeInput, UpdateOutcomeInput } from './outcome.input';
import { createOutcome, deleteOutcome, updateOutcome } from './outcome-edit.service';
import { CreatePracticeInput, UpdatePracticeInput } from './practice.input';
import { createPractice, deletePractice, updatePractice } from './practice-edit.service';
import { CreateProjectInput, UpdateProjectInput } from './project.input';
import { createProject, deleteProject, updateProject } from './project-edit.service';

/*
 * The mutations of the editable records, one factory call each: the inputs, the descriptions, which
 * input fields are global ids, and the use cases. The factory decodes the ids (BAD_USER_INPUT at the
 * input's path when one is not an id of its type) and runs the use case with a plain command.
 */

const OWNER_IDS = { projectId: 'Project', practiceId: 'Practice' };

@Resolver()
export class ProjectEditingResolver extends EditableResolver({
  type: Project,
  create: { input: CreateProjectInput, description: 'Create a project (editor key).', run: createProject },
  update: {
    input: UpdateProjectInput,
    description: 'Change a project (editor key); fails with CONFLICT if `version` is stale.',
    run: updateProject,
  },
  delete: {
    description:
      'Delete a project with its costs, funding lines, outcomes and links (editor key). Returns the id.',
    run: deleteProject,
  },
}) {}

@Resolver()
export class PracticeEditingResolver extends EditableResolver({
  type: Practice,
  ids: { funderId: 'Organisation', parentProjectId: 'Project' },
  create: { input: CreatePracticeInput, description: 'Create a practice (editor key).', run: createPractice },
  update: {
    input: UpdatePracticeInput,
    description: 'Change a practice (editor key); CONFLICT if `version` is stale.',
    run: updatePractice,
  },
  delete: {
    description: 'Delete a practice with its details (editor key). Returns the id.',
    run: deletePractice,
  },
}) {}

@Resolver()
export class OutcomeEditingResolver extends EditableResolver({
  type: Outcome,
  ids: OWNER_IDS,
  create: {
    input: CreateOutcomeInput,
    description: 'Add an outcome to a project or practice (editor key).',
    run: createOutcome,
  },
  update: {
    input: UpdateOutcomeInput,
    description: 'Change an outcome (editor key); CONFLICT if `version` is stale.',
    run: updateOutcome,
  },
  delete: { description: 'Delete an outcome (editor key). Returns the id.', run: deleteOutcome },
}) {}

@Resolver()
export class FundingLineEditingResolver extends EditableResolver({
  type: FundingLine,
  ids: { ...OWNER_IDS, funderId: 'Organisation' },
  create: {
    input: CreateFundingLineInput,
    description: 'Add a funding line to a project or practice (editor key).',
    run: createFundingLine,
  },
  update: {
    input: UpdateFundingLineInput,
    description: 'Change a funding line (editor key); CONFLICT if `version` is stale.',
    run: updateFundingLine,
  },
  delete: { description: 'Delete a funding line (editor key). Returns the id.', run: deleteFundingLine },
}) {}

@Resolver()
export class CostItemEditingResolver extends EditableResolver({
  type: CostItem,
  update: {
    input: UpdateCostItemInput,
    description: 'Correct a cost figure (editor key); CONFLICT if `version` is stale.',
    run: updateCostItem,
  },
}) {}
