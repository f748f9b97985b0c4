import type { EntityManager } from '@mikro-orm/knex';
import type { Page } from '../../core/page';
import { checkCodes, checkMunicipalityCodes, checkYearRange } from '../../core/validate';
import { PERIOD_COLUMNS, whereYearsOverlap } from '../../db/period-columns';
import { columnsFor, pagePlain, readSql } from '../../db/plain';
import { orderNullsLast } from '../../db/query-filters';
import { fundedBy, whereHasTerms, whereSearch } from '../search/list-filters';
import { Project } from './project.entity';

/** The orders a list may ask for, by column. */
const ORDER_COLUMNS = {
  NAME: 'name',
  START: PERIOD_COLUMNS.start,
  END: PERIOD_COLUMNS.end,
  UPDATED_AT: 'updated_at',
} as const;

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
  /** The fields asked of each row (GraphQL names): only the columns they need are read. */
  asked?: Iterable<string>,
): Promise<{ rows: Project[]; totalCount: number; narrowed: boolean }> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.sectors, 'filter.sectors');
  checkCodes(filter.targetGroups, 'filter.targetGroups');
  const years = checkYearRange(filter.years, 'filter.years');
  const funders = filter.funderIds;

  const knex = readSql(em);
  const query = knex.from({ p: 'project' });
  if (filter.municipalities?.length)
    query.whereIn(
      'p.id',
      knex
        .select('pm.project_id')
        .from({ pm: 'project_municipality' })
        .whereIn('pm.municipality_code', filter.municipalities),
    );
  if (filter.statuses?.length) query.whereIn('p.status', filter.statuses);
  whereYearsOverlap(query, 'p', years);
  whereHasTerms(knex, query, 'p', 'project', 'SECTOR', filter.sectors);
  whereHasTerms(knex, query, 'p', 'project', 'TARGET_GROUP', filter.targetGroups);
  if (funders?.length) query.whereIn('p.id', fundedBy(knex, 'project', funders));
  const count = whereSearch(query, 'p', filter.search);
  const column = ORDER_COLUMNS[order?.field ?? 'NAME'];
  return pagePlain(
    em,
    Project,
    query,
    'p',
    orderNullsLast('p', column, order?.direction ?? 'ASC'),
    page,
    asked ? columnsFor(em, Project, asked) : null,
    count,
  );
}
