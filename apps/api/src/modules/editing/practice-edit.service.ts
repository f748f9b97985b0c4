import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkDate, checkDateOrder, checkPeriodInput, checkText } from '../../core/validate';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import { Organisation } from '../organisation/organisation.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { deleteOwnedCitations } from './citation.service';
import { referenceOf, replaceTermLinks, requireMunicipality } from './editing';
import type { PracticeFields } from './practice.input';
import { type RecordSteps, useCasesOf } from './record-steps';
import type { Command } from './shared.input';

/** A practice's fields as the use cases take them: its funder and parent project by database id. */
export type PracticeCommand = Command<PracticeFields, 'funderId' | 'parentProjectId'>;

function checkFields(input: PracticeCommand, creating: boolean): void {
  checkText(input.name, 'input.name', { max: 500, required: creating || input.name !== undefined });
  if (creating && !input.municipalityCode) throw badInput('input.municipalityCode', 'is required.');
  for (const f of ['nameEn', 'area'] as const) checkText(input[f], `input.${f}`, { max: 500 });
  for (const f of ['shortDescription', 'needsAndGoals', 'solution', 'results'] as const) {
    checkText(input[f], `input.${f}`, { max: 20000 });
  }
  for (const f of ['phaseAsOf', 'createdDate', 'modifiedDate', 'publishedDate'] as const)
    checkDate(input[f], `input.${f}`);
  checkDateOrder(input.createdDate, input.modifiedDate, 'input.modifiedDate');
  checkPeriodInput(input.period, 'input.period');
}

async function applyFields(em: EntityManager, practice: Practice, input: PracticeCommand): Promise<void> {
  const {
    period,
    sectors,
    targetGroups,
    citations,
    municipalityCode,
    funderId,
    parentProjectId,
    ...scalars
  } = input;
  for (const [k, v] of Object.entries(scalars))
    if (v !== undefined) (practice as unknown as Record<string, unknown>)[k] = v;
  if (period !== undefined) practice.setPeriod(period);
  if (municipalityCode !== undefined) {
    practice.municipality = await requireMunicipality(em, municipalityCode, 'input.municipalityCode');
  }
  if (funderId !== undefined)
    practice.funder = await referenceOf(em, Organisation, funderId, 'input.funderId', 'organisation');
  if (parentProjectId !== undefined)
    practice.parentProject = await referenceOf(
      em,
      Project,
      parentProjectId,
      'input.parentProjectId',
      'project',
    );
  if (practice.createdDate && practice.modifiedDate)
    checkDateOrder(practice.createdDate, practice.modifiedDate, 'input.modifiedDate');
  const owner = { project: null, practice };
  await replaceTermLinks(em, owner, 'SECTOR', sectors, 'input.sectors');
  await replaceTermLinks(em, owner, 'TARGET_GROUP', targetGroups, 'input.targetGroups');
}

const PRACTICE: RecordSteps<Practice, PracticeCommand> = {
  type: 'Practice',
  entity: Practice,
  start: (_em, input) => {
    checkFields(input, true);
    return { name: input.name as string, searchText: '' } as never;
  },
  apply: async (em, practice, input, creating) => {
    if (!creating) checkFields(input, false);
    await applyFields(em, practice, input);
  },
  removing: (em, practice) => deleteOwnedCitations(em, 'practice', practice.id),
  after: (em, _practice, id) => recomputeDerivedValues(em, { type: 'Practice', ids: [id] }),
};

export const {
  create: createPractice,
  update: updatePractice,
  remove: deletePractice,
} = useCasesOf(PRACTICE);
