import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkDate, checkPeriodInput, checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import { checkYearRange } from '../../graphql/common.types';
import { type Page } from '../../graphql/connection';
import {
  checkCodes,
  checkMunicipalityCodes,
  pageOf,
  whereFundedBy,
  whereHasTerms,
  whereSearch,
  whereYearsOverlap,
} from '../../graphql/query-filters';
import { deleteOwnedCitations, replaceTermLinks, requireMunicipality } from '../editing/editing';
import { recomputeDerivedValues } from '../indicator/derived-values.service';
import { attachCitations, deleteCitations } from '../source/citation.service';
import { Project } from './project.entity';
import type { CreateProjectInput, ProjectFields, UpdateProjectInput } from './project.input';
import { ProjectMunicipality } from './project-municipality.entity';

const ORDER_COLUMNS = { NAME: 'name', START: 'startDate', END: 'endDate', UPDATED_AT: 'updatedAt' } as const;

/** Which projects to list: plain values (numeric ids), as any caller — resolver, CLI, test — has them. */
export interface ProjectQuery {
  municipalities?: string[];
  years?: { from?: number; to?: number };
  statuses?: string[];
  sectors?: string[];
  targetGroups?: string[];
  funderIds?: number[];
  search?: string | null;
}

/** A page of projects in the asked order, with the count over all pages. */
export async function listProjects(
  em: EntityManager,
  filter: ProjectQuery,
  order: { field: keyof typeof ORDER_COLUMNS; direction: 'ASC' | 'DESC' } | undefined,
  page: Page,
): Promise<{ rows: Project[]; totalCount: number }> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.sectors, 'filter.sectors');
  checkCodes(filter.targetGroups, 'filter.targetGroups');
  const years = checkYearRange(filter.years, 'filter.years');
  const funders = filter.funderIds;

  const qb = em.createQueryBuilder(Project, 'p');
  if (filter.municipalities?.length) {
    const sub = em
      .createQueryBuilder(ProjectMunicipality, 'pm')
      .select('pm.project')
      .where({ municipality: { $in: filter.municipalities } });
    qb.andWhere({ id: { $in: sub.getKnexQuery() } } as never);
  }
  if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses as never } });
  whereYearsOverlap(qb, years);
  whereHasTerms(em, qb, 'project', 'SECTOR', filter.sectors);
  whereHasTerms(em, qb, 'project', 'TARGET_GROUP', filter.targetGroups);
  whereFundedBy(em, qb, 'project', funders);
  whereSearch(qb, filter.search ?? undefined);

  return pageOf(em, qb, ORDER_COLUMNS[order?.field ?? 'NAME'], order?.direction ?? 'ASC', page);
}

function checkFields(input: ProjectFields, creating: boolean): void {
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

async function applyFields(em: EntityManager, project: Project, input: ProjectFields): Promise<void> {
  const { period, municipalities, sectors, targetGroups, citations, focusAreas, ...scalars } = input;
  for (const [k, v] of Object.entries(scalars))
    if (v !== undefined) (project as unknown as Record<string, unknown>)[k] = v;
  if (focusAreas !== undefined) project.focusAreas = focusAreas;
  if (period !== undefined) {
    project.startDate = period?.start ?? null;
    project.endDate = period?.end ?? null;
    project.periodPrecision = period?.precision ?? null;
  }
  if (municipalities !== undefined) {
    const links: ProjectMunicipality[] = [];
    for (const [i, m] of municipalities.entries()) {
      const municipality = await requireMunicipality(em, m.code, `input.municipalities[${i}].code`);
      links.push(em.create(ProjectMunicipality, { project, municipality, role: m.role }, { persist: false }));
    }
    if (project.id) em.remove(await em.find(ProjectMunicipality, { project }));
    em.persist(links);
  }
  const owner = { project, practice: null };
  await replaceTermLinks(em, owner, 'SECTOR', sectors, 'input.sectors');
  await replaceTermLinks(em, owner, 'TARGET_GROUP', targetGroups, 'input.targetGroups');
}

/**
 * `recompute: false` leaves the derived values to the caller, who adds what they derive from (costs,
 * funding lines) in the same transaction and recomputes them once (draft acceptance).
 */
export async function createProject(
  em: EntityManager,
  input: CreateProjectInput,
  options: { recompute?: boolean } = {},
): Promise<Project> {
  checkFields(input, true);
  const project = em.create(Project, { name: input.name as string, searchText: '' });
  await applyFields(em, project, input);
  await em.flush();
  await attachCitations(em, 'Project', project.id, input.citations, 'input.citations');
  await em.flush();
  if (options.recompute !== false) await recomputeDerivedValues(em, { type: 'Project', ids: [project.id] });
  return project;
}

export async function updateProject(
  em: EntityManager,
  project: Project,
  input: UpdateProjectInput,
): Promise<Project> {
  const { id: _id, version: _version, ...fields } = input;
  checkFields(fields, false);
  await applyFields(em, project, fields);
  await attachCitations(em, 'Project', project.id, input.citations, 'input.citations', { replace: true });
  // Bump the version even when only links changed, so every edit is visible to concurrent editors.
  project.updatedAt = nowIso();
  await em.flush();
  await recomputeDerivedValues(em, { type: 'Project', ids: [project.id] });
  return project;
}

export async function deleteProject(em: EntityManager, project: Project): Promise<void> {
  await deleteCitations(em, 'Project', [project.id]);
  await deleteOwnedCitations(em, 'project', project.id);
  const id = project.id;
  em.remove(project);
  await em.flush();
  await recomputeDerivedValues(em, { type: 'Project', ids: [id] });
}
