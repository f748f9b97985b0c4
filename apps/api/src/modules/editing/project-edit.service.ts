import type { EntityManager } from '@mikro-orm/knex';
import type { MunicipalityRole } from '@vertailu/data';
import { badInput } from '../../core/domain-error';
import { checkDate, checkPeriodInput, checkText } from '../../core/validate';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import type { Municipality } from '../municipality/municipality.entity';
import { Project } from '../project/project.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { deleteOwnedCitations } from './citation.service';
import { replaceLinks, replaceTermLinks, requireMunicipality } from './editing';
import type { ProjectFields } from './project.input';
import { type RecordSteps, useCasesOf } from './record-steps';
import type { Command } from './shared.input';

/** A project's fields as the use cases take them (no ids but its citations' sources). */
export type ProjectCommand = Command<ProjectFields>;

function checkFields(input: ProjectCommand, creating: boolean): void {
  checkText(input.name, 'input.name', { max: 500, required: creating || input.name !== undefined });
  checkText(input.nameEn, 'input.nameEn', { max: 500 });
  checkText(input.projectNumber, 'input.projectNumber', { max: 40 });
  checkText(input.aims, 'input.aims', { max: 20000 });
  checkDate(input.statusAsOf, 'input.statusAsOf');
  checkDate(input.resultsDate, 'input.resultsDate');
  checkPeriodInput(input.period, 'input.period');
  if (input.focusAreas) {
    if (input.focusAreas.length > 30) throw badInput('input.focusAreas', 'at most 30 items.');
    for (const [i, f] of input.focusAreas.entries()) {
      checkText(f, `input.focusAreas[${i}]`, { max: 500, required: true });
    }
  }
  if (input.municipalities && input.municipalities.length > 400)
    throw badInput('input.municipalities', 'too many.');
}

async function applyFields(em: EntityManager, project: Project, input: ProjectCommand): Promise<void> {
  const { period, municipalities, sectors, targetGroups, citations, focusAreas, ...scalars } = input;
  for (const [k, v] of Object.entries(scalars))
    if (v !== undefined) (project as unknown as Record<string, unknown>)[k] = v;
  if (focusAreas !== undefined) project.focusAreas = focusAreas;
  if (period !== undefined) project.setPeriod(period);
  if (municipalities !== undefined) {
    const wanted = new Map<string, { municipality: Municipality; role: MunicipalityRole }>();
    for (const [i, m] of municipalities.entries()) {
      const municipality = await requireMunicipality(em, m.code, `input.municipalities[${i}].code`);
      wanted.set(`${municipality.code}:${m.role}`, { municipality, role: m.role });
    }
    await replaceLinks(em, {
      record: project,
      type: 'ProjectMunicipality',
      find: () => em.find(ProjectMunicipality, { project }),
      keyOf: (link) => `${link.municipality.code}:${link.role}`,
      wanted,
      create: (link) => em.create(ProjectMunicipality, { project, ...link }),
    });
  }
  const owner = { project, practice: null };
  await replaceTermLinks(em, owner, 'SECTOR', sectors, 'input.sectors');
  await replaceTermLinks(em, owner, 'TARGET_GROUP', targetGroups, 'input.targetGroups');
}

const PROJECT: RecordSteps<Project, ProjectCommand> = {
  type: 'Project',
  entity: Project,
  start: (_em, input) => {
    checkFields(input, true);
    return { name: input.name as string, searchText: '' };
  },
  apply: async (em, project, input, creating) => {
    if (!creating) checkFields(input, false);
    await applyFields(em, project, input);
  },
  removing: (em, project) => deleteOwnedCitations(em, 'project', project.id),
  after: (em, _project, id) => recomputeDerivedValues(em, { type: 'Project', ids: [id] }),
};

export const { create: createProject, update: updateProject, remove: deleteProject } = useCasesOf(PROJECT);
