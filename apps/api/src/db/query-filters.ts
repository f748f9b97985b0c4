import type { Knex } from '@mikro-orm/knex';

/**
 * Generic filter pieces of the project, practice and outcome lists, on a knex select whose main table
 * has the alias `alias` (the read path builds SQL with knex: db/plain.ts): years and order. The checks of the codes a filter
 * gives are in core/validate.ts.
 * The filters over feature tables (search text, terms, funders) are in modules/search/list-filters.ts.
 */
export function whereYearsOverlap(
  query: Knex.QueryBuilder,
  alias: string,
  years: { from: number; to: number } | null,
): void {
  if (!years) return;
  // Unknown start: cannot be shown to overlap. Unknown end: open-ended (still running or not stated).
  query
    .whereNotNull(`${alias}.start_year`)
    .where(`${alias}.start_year`, '<=', years.to)
    .where((q) => q.whereNull(`${alias}.end_year`).orWhere(`${alias}.end_year`, '>=', years.from));
}

/** Sorted by `column` (unknown values last) with the id as tie-breaker, so pages never overlap. */
export function orderNullsLast(alias: string, column: string, direction: 'ASC' | 'DESC'): string {
  return `${alias}.${column} ${direction === 'ASC' ? 'asc' : 'desc'} nulls last, ${alias}.id asc`;
}
