/**
 * The lists' order on a knex select whose main table has the alias `alias` (the read path builds SQL with
 * knex: db/plain.ts). Their year filter is `whereYearsOverlap` beside the period's columns
 * (db/period-columns.ts); the checks of the codes a filter gives are in core/validate.ts; the filters over
 * feature tables (search text, terms, funders) are in modules/search/list-filters.ts.
 */

/** Sorted by `column` (unknown values last) with the id as tie-breaker, so pages never overlap. */
export function orderNullsLast(alias: string, column: string, direction: 'ASC' | 'DESC'): string {
  return `${alias}.${column} ${direction === 'ASC' ? 'asc' : 'desc'} nulls last, ${alias}.id asc`;
}
