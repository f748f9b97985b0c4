import type { Knex } from '@mikro-orm/knex';
import { likePattern } from '../modules/search/search-text';
import type { Vocabulary } from '../modules/vocabulary/term.entity';
import { badInput } from './errors';

/**
 * Filter pieces shared by the project, practice and outcome lists, on a knex select whose main table
 * has the alias `alias` (the read path builds SQL with knex: db/plain.ts). Each adds a WHERE clause;
 * list filters use sub-selects so a record matching twice is still listed once.
 */
export function whereSearch(
  query: Knex.QueryBuilder,
  alias: string,
  search: string | undefined | null,
  field = 'filter.search',
): void {
  if (search === undefined || search === null) return;
  if (search.length > 200) throw badInput(field, 'must be at most 200 characters.');
  if (!search.trim()) return;
  query.whereRaw(`${alias}.search_text like ? escape '\\'`, [likePattern(search)]);
}

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

export function whereHasTerms(
  knex: Knex,
  query: Knex.QueryBuilder,
  alias: string,
  owner: 'project' | 'practice',
  vocabulary: Vocabulary,
  codes: string[] | undefined,
): void {
  if (!codes?.length) return;
  query.whereIn(
    `${alias}.id`,
    knex
      .select(`tl.${owner}_id`)
      .from({ tl: 'term_link' })
      .join({ t: 'term' }, 't.id', 'tl.term_id')
      .where('t.vocabulary', vocabulary)
      .whereIn('t.code', codes),
  );
}

/** Ids of the projects or practices with a funding line of one of the funders (a sub-select). */
export function fundedBy(knex: Knex, owner: 'project' | 'practice', funderIds: number[]): Knex.QueryBuilder {
  return knex.select(`fl.${owner}_id`).from({ fl: 'funding_line' }).whereIn('fl.funder_id', funderIds);
}

export function checkCodes(codes: string[] | undefined, field: string): void {
  for (const [i, c] of (codes ?? []).entries()) {
    if (!/^[A-Z0-9_]{1,60}$/.test(c))
      throw badInput(`${field}[${i}]`, `"${c.slice(0, 60)}" is not a vocabulary code.`);
  }
}

export function checkMunicipalityCodes(codes: string[] | undefined, field: string): void {
  for (const [i, c] of (codes ?? []).entries()) {
    if (!/^\d{3}$/.test(c))
      throw badInput(`${field}[${i}]`, `"${c.slice(0, 20)}" is not a three-digit municipality code.`);
  }
}

/** Sorted by `column` (unknown values last) with the id as tie-breaker, so pages never overlap. */
export function orderNullsLast(alias: string, column: string, direction: 'ASC' | 'DESC'): string {
  return `${alias}.${column} ${direction === 'ASC' ? 'asc' : 'desc'} nulls last, ${alias}.id asc`;
}
