import type { EntityManager } from '@mikro-orm/knex';
import type { Page } from '../../core/page';
import { checkCodes, checkMunicipalityCodes, checkYearRange } from '../../core/validate';
import { PERIOD_COLUMNS, whereYearsOverlap } from '../../db/period-columns';
import { columnsFor, pagePlain, readSql } from '../../db/plain';
import { orderNullsLast } from '../../db/query-filters';
import { fundedBy, whereHasTerms, whereSearch } from '../search/list-filters';
import { Practice } from './practice.entity';

/** The orders a list may ask for, by column. */
const ORDER_COLUMNS = {
  NAME: 'name',
  START: PERIOD_COLUMNS.start,
  MODIFIED: 'modified_date',
  UPDATED_AT: 'updated_at',
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
  /** The fields asked of each row (GraphQL names): only the columns they need are read. */
  asked?: Iterable<string>,
): Promise<{ rows: Practice[]; totalCount: number; narrowed: boolean }> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.sectors, 'filter.sectors');
  checkCodes(filter.targetGroups, 'filter.targetGroups');
  const years = checkYearRange(filter.years, 'filter.years');
  const funders = filter.funderIds;

  const knex = readSql(em);
  const query = knex.from({ pr: 'practice' });
  if (filter.municipalities?.length) query.whereIn('pr.municipality_code', filter.municipalities);
  if (filter.phases?.length) query.whereIn('pr.phase', filter.phases);
  if (filter.parentProjectId !== undefined) query.where('pr.parent_project_id', filter.parentProjectId);
  whereYearsOverlap(query, 'pr', years);
  whereHasTerms(knex, query, 'pr', 'practice', 'SECTOR', filter.sectors);
  whereHasTerms(knex, query, 'pr', 'practice', 'TARGET_GROUP', filter.targetGroups);
  if (funders?.length)
    query.where((q) =>
      q.whereIn('pr.funder_id', funders).orWhereIn('pr.id', fundedBy(knex, 'practice', funders)),
    );
  const count = whereSearch(query, 'pr', filter.search);
  const column = ORDER_COLUMNS[order?.field ?? 'NAME'];
  return pagePlain(
    em,
    Practice,
    query,
    'pr',
    orderNullsLast('pr', column, order?.direction ?? 'ASC'),
    page,
    asked ? columnsFor(em, Practice, asked) : null,
    count,
  );
}
