import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { checkDate, checkDateOrder, checkPeriodInput, checkText } from '../../core/validate';
import { nowIso } from '../../db/base.entity';
import { checkYearRange } from '../../graphql/common.types';
import { type Page } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
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
import { Organisation } from '../organisation/organisation.entity';
import { Project } from '../project/project.entity';
import { attachCitations, deleteCitations } from '../source/citation.service';
import { Practice } from './practice.entity';
import type { CreatePracticeInput, PracticeFields, UpdatePracticeInput } from './practice.input';

const ORDER_COLUMNS = {
  NAME: 'name',
  START: 'startDate',
  MODIFIED: 'modifiedDate',
  UPDATED_AT: 'updatedAt',
} as const;

/** Which practices to list: plain values (numeric ids), as any caller has them. */
export interface PracticeQuery {
  municipalities?: string[];
  years?: { from?: number; to?: number };
  phases?: string[];
  sectors?: string[];
  targetGroups?: string[];
  funderIds?: number[];
  parentProjectId?: number;
  search?: string | null;
}

/** A page of practices in the asked order, with the count over all pages. */
export async function listPractices(
  em: EntityManager,
  filter: PracticeQuery,
  order: { field: keyof typeof ORDER_COLUMNS; direction: 'ASC' | 'DESC' } | undefined,
  page: Page,
): Promise<{ rows: Practice[]; totalCount: number }> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.sectors, 'filter.sectors');
  checkCodes(filter.targetGroups, 'filter.targetGroups');
  const years = checkYearRange(filter.years, 'filter.years');
  const funders = filter.funderIds;

  const qb = em.createQueryBuilder(Practice, 'pr');
  if (filter.municipalities?.length) qb.andWhere({ municipality: { $in: filter.municipalities } });
  if (filter.phases?.length) qb.andWhere({ phase: { $in: filter.phases as never } });
  if (filter.parentProjectId !== undefined) qb.andWhere({ parentProject: filter.parentProjectId });
  whereYearsOverlap(qb, years);
  whereHasTerms(em, qb, 'practice', 'SECTOR', filter.sectors);
  whereHasTerms(em, qb, 'practice', 'TARGET_GROUP', filter.targetGroups);
  if (funders?.length) {
    const byLine = em.createQueryBuilder(Practice, 'x');
    whereFundedBy(em, byLine, 'practice', funders);
    qb.andWhere({
      $or: [{ funder: { $in: funders } }, { id: { $in: byLine.select('x.id').getKnexQuery() } }],
    } as never);
  }
  whereSearch(qb, filter.search ?? undefined);

  return pageOf(em, qb, ORDER_COLUMNS[order?.field ?? 'NAME'], order?.direction ?? 'ASC', page);
}

function checkFields(input: PracticeFields, creating: boolean): void {
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

async function applyFields(em: EntityManager, practice: Practice, input: PracticeFields): Promise<void> {
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
  if (period !== undefined) {
    practice.startDate = period?.start ?? null;
    practice.endDate = period?.end ?? null;
    practice.periodPrecision = period?.precision ?? null;
  }
  if (municipalityCode !== undefined) {
    practice.municipality = await requireMunicipality(em, municipalityCode, 'input.municipalityCode');
  }
  if (funderId !== undefined) {
    practice.funder = funderId
      ? await em.findOne(Organisation, numericIdOf('Organisation', funderId, 'input.funderId'))
      : null;
    if (funderId && !practice.funder) throw badInput('input.funderId', 'no such organisation.');
  }
  if (parentProjectId !== undefined) {
    practice.parentProject = parentProjectId
      ? await em.findOne(Project, numericIdOf('Project', parentProjectId, 'input.parentProjectId'))
      : null;
    if (parentProjectId && !practice.parentProject)
      throw badInput('input.parentProjectId', 'no such project.');
  }
  if (practice.createdDate && practice.modifiedDate)
    checkDateOrder(practice.createdDate, practice.modifiedDate, 'input.modifiedDate');
  const owner = { project: null, practice };
  await replaceTermLinks(em, owner, 'SECTOR', sectors, 'input.sectors');
  await replaceTermLinks(em, owner, 'TARGET_GROUP', targetGroups, 'input.targetGroups');
}

/**
 * `recompute: false` leaves the derived values to the caller, who adds what they derive from (costs,
 * funding lines) in the same transaction and recomputes them once (draft acceptance).
 */
export async function createPractice(
  em: EntityManager,
  input: CreatePracticeInput,
  options: { recompute?: boolean } = {},
): Promise<Practice> {
  checkFields(input, true);
  const practice = em.create(Practice, { name: input.name as string, searchText: '' } as never);
  await applyFields(em, practice, input);
  await em.flush();
  await attachCitations(em, 'Practice', practice.id, input.citations, 'input.citations');
  await em.flush();
  if (options.recompute !== false) await recomputeDerivedValues(em, { type: 'Practice', ids: [practice.id] });
  return practice;
}

export async function updatePractice(
  em: EntityManager,
  practice: Practice,
  input: UpdatePracticeInput,
): Promise<Practice> {
  const { id: _id, version: _version, ...fields } = input;
  checkFields(fields, false);
  await applyFields(em, practice, fields);
  await attachCitations(em, 'Practice', practice.id, input.citations, 'input.citations', { replace: true });
  practice.updatedAt = nowIso();
  await em.flush();
  await recomputeDerivedValues(em, { type: 'Practice', ids: [practice.id] });
  return practice;
}

export async function deletePractice(em: EntityManager, practice: Practice): Promise<void> {
  await deleteCitations(em, 'Practice', [practice.id]);
  await deleteOwnedCitations(em, 'practice', practice.id);
  const id = practice.id;
  em.remove(practice);
  await em.flush();
  await recomputeDerivedValues(em, { type: 'Practice', ids: [id] });
}
