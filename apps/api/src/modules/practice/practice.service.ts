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
import { Practice } from './practice.entity';

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
