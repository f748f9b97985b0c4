import type { EntityManager } from '@mikro-orm/knex';
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
import { Project } from './project.entity';
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
