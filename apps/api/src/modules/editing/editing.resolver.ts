import { Resolver } from 'type-graphql';
import { numericIdOf } from '../../graphql/global-id';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import type { CitationInput } from '../source/citation.input';
import type { CitationCommand } from './citation.service';
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
 * The mutations of the editable records, one factory call each. The resolvers only translate: global
 * ids in the input become database ids (BAD_USER_INPUT at the input's path when one is not an id of
 * its type), then the use case runs with a plain command.
 */

/** An optional reference: undefined keeps it, null or "" clears it, else the database id. */
function idOf(type: string, id: string | null | undefined, field: string): number | null | undefined {
  if (id === undefined) return undefined;
  return id ? numericIdOf(type, id, field) : null;
}

/** A record's input with its citations' sources as database ids. */
function withSources<I extends { citations?: CitationInput[] }>(
  input: I,
): Omit<I, 'citations'> & { citations?: CitationCommand[] } {
  const { citations, ...fields } = input;
  if (citations === undefined) return fields;
  return {
    ...fields,
    citations: citations.map((c, i) => ({
      ...c,
      sourceId: numericIdOf('Source', c.sourceId, `input.citations[${i}].sourceId`),
    })),
  };
}

/** A detail record's owner ids. */
function withOwner<
  I extends { projectId?: string | null; practiceId?: string | null; citations?: CitationInput[] },
>(input: I) {
  return {
    ...withSources(input),
    projectId: idOf('Project', input.projectId, 'input.projectId'),
    practiceId: idOf('Practice', input.practiceId, 'input.practiceId'),
  };
}

function practiceCommand<I extends CreatePracticeInput>(input: I) {
  return {
    ...withSources(input),
    funderId: idOf('Organisation', input.funderId, 'input.funderId'),
    parentProjectId: idOf('Project', input.parentProjectId, 'input.parentProjectId'),
  };
}

@Resolver()
export class ProjectEditingResolver extends EditableResolver({
  type: Project,
  create: {
    input: CreateProjectInput,
    description: 'Create a project (editor key).',
    run: (em, input: CreateProjectInput) => createProject(em, withSources(input)),
  },
  update: {
    input: UpdateProjectInput,
    description: 'Change a project (editor key); fails with CONFLICT if `version` is stale.',
    run: (em, project, input: CreateProjectInput) => updateProject(em, project, withSources(input)),
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
  create: {
    input: CreatePracticeInput,
    description: 'Create a practice (editor key).',
    run: (em, input: CreatePracticeInput) => createPractice(em, practiceCommand(input)),
  },
  update: {
    input: UpdatePracticeInput,
    description: 'Change a practice (editor key); CONFLICT if `version` is stale.',
    run: (em, practice, input: CreatePracticeInput) => updatePractice(em, practice, practiceCommand(input)),
  },
  delete: {
    description: 'Delete a practice with its details (editor key). Returns the id.',
    run: deletePractice,
  },
}) {}

@Resolver()
export class OutcomeEditingResolver extends EditableResolver({
  type: Outcome,
  create: {
    input: CreateOutcomeInput,
    description: 'Add an outcome to a project or practice (editor key).',
    run: (em, input: CreateOutcomeInput) => createOutcome(em, withOwner(input)),
  },
  update: {
    input: UpdateOutcomeInput,
    description: 'Change an outcome (editor key); CONFLICT if `version` is stale.',
    run: (em, outcome, input: Omit<UpdateOutcomeInput, 'id' | 'version'>) =>
      updateOutcome(em, outcome, withSources(input)),
  },
  delete: { description: 'Delete an outcome (editor key). Returns the id.', run: deleteOutcome },
}) {}

@Resolver()
export class FundingLineEditingResolver extends EditableResolver({
  type: FundingLine,
  create: {
    input: CreateFundingLineInput,
    description: 'Add a funding line to a project or practice (editor key).',
    run: (em, input: CreateFundingLineInput) =>
      createFundingLine(em, {
        ...withOwner(input),
        funderId: idOf('Organisation', input.funderId, 'input.funderId'),
      }),
  },
  update: {
    input: UpdateFundingLineInput,
    description: 'Change a funding line (editor key); CONFLICT if `version` is stale.',
    run: (em, line, input: Omit<UpdateFundingLineInput, 'id' | 'version'>) =>
      updateFundingLine(em, line, {
        ...withSources(input),
        funderId: idOf('Organisation', input.funderId, 'input.funderId'),
      }),
  },
  delete: { description: 'Delete a funding line (editor key). Returns the id.', run: deleteFundingLine },
}) {}

@Resolver()
export class CostItemEditingResolver extends EditableResolver({
  type: CostItem,
  update: {
    input: UpdateCostItemInput,
    description: 'Correct a cost figure (editor key); CONFLICT if `version` is stale.',
    run: (em, cost, input: Omit<UpdateCostItemInput, 'id' | 'version'>) =>
      updateCostItem(em, cost, withSources(input)),
  },
}) {}
