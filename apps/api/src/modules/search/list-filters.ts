import type { Knex } from '@mikro-orm/knex';
import type { VocabularyName as Vocabulary } from '@vertailu/data/vocabulary';
import { badInput } from '../../core/domain-error';
import { likePattern } from './search-text';

/*
 * The list filters of projects, practices and outcomes (and, for the search, organisations and the
 * catalogue) that read feature tables (the search text, term links, funding lines), on a knex select
 * whose main table has the alias `alias` (the read path builds SQL with knex: db/plain.ts). Each adds a
 * WHERE clause; sub-selects, so a record matching twice is still listed once. They live here, below
 * project/ and practice/, rather than in vocabulary/ or finance/ (which import the owners): plain SQL by
 * table name, no entity imported.
 */

/** The search when it filters at all (none for an absent or blank one); longer than 200: refused. */
export function searchTermOf(search: string | undefined | null, field = 'filter.search'): string | null {
  if (search === undefined || search === null) return null;
  if (search.length > 200) throw badInput(field, 'must be at most 200 characters.');
  return search.trim() ? search : null;
}

/**
 * Keeps the rows whose search text contains `search` (`searchTermOf`). Returns how a page of the list
 * should count its rows (`pagePlain`): a substring search reads every row's text, so the count is taken
 * in the page's own pass rather than by reading every text again.
 */
export function whereSearch(
  query: Knex.QueryBuilder,
  alias: string,
  search: string | undefined | null,
  field = 'filter.search',
): 'sub-select' | 'in-pass' {
  const term = searchTermOf(search, field);
  if (term === null) return 'sub-select';
  query.whereRaw(`${alias}.search_text like ? escape '\\'`, [likePattern(term)]);
  return 'in-pass';
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
