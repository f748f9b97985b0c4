import type { Knex } from '@mikro-orm/knex';

/**
 * The columns of a record's period (the `Period` embeddable, modules/search/period.entity.ts, embedded
 * with `prefix: false`), named once: the embeddable's decorators and every statement the read path
 * writes with knex (year filters, counts, orders, the finance read) take them from here, so a renamed
 * column is one edit and a migration. In `db/` because foundations (db/query-filters.ts) read them too.
 */
export const PERIOD_COLUMNS = {
  start: 'start_date',
  end: 'end_date',
  precision: 'period_precision',
  startYear: 'start_year',
  endYear: 'end_year',
} as const;

/**
 * The overlap of a record's years with `years`, as knex conditions on `alias`'s period: an unknown start
 * cannot be shown to overlap; an unknown end is open-ended (still running or not stated).
 */
export function whereYearsOverlap(
  query: Knex.QueryBuilder,
  alias: string,
  years: { from: number; to: number } | null,
): Knex.QueryBuilder {
  if (!years) return query;
  const startYear = `${alias}.${PERIOD_COLUMNS.startYear}`;
  const endYear = `${alias}.${PERIOD_COLUMNS.endYear}`;
  return query
    .whereNotNull(startYear)
    .where(startYear, '<=', years.to)
    .where((q) => q.whereNull(endYear).orWhere(endYear, '>=', years.from));
}
