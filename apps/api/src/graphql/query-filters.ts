import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import { executePlain } from '../db/plain';
import { FundingLine } from '../modules/finance/funding-line.entity';
import { likePattern } from '../modules/search/search-text';
import type { Vocabulary } from '../modules/vocabulary/term.entity';
import { TermLink } from '../modules/vocabulary/term-link.entity';
import { type Page } from './connection';
import { badInput } from './errors';

/**
 * Filter pieces shared by the project, practice and outcome lists. Each adds a WHERE clause; list
 * filters use sub-selects so a record matching twice is still listed once.
 */
export function whereSearch<T extends object>(
  qb: QueryBuilder<T>,
  search: string | undefined,
  field = 'filter.search',
): void {
  if (search === undefined || search === null) return;
  if (search.length > 200) throw badInput(field, 'must be at most 200 characters.');
  if (!search.trim()) return;
  qb.andWhere(`${qb.alias}.search_text like ? escape '\\'`, [likePattern(search)]);
}

export function whereYearsOverlap<T extends object>(
  qb: QueryBuilder<T>,
  years: { from: number; to: number } | null,
): void {
  if (!years) return;
  // Unknown start: cannot be shown to overlap. Unknown end: open-ended (still running or not stated).
  qb.andWhere({
    startYear: { $ne: null, $lte: years.to },
    $or: [{ endYear: null }, { endYear: { $gte: years.from } }],
  } as never);
}

export function whereHasTerms<T extends object>(
  em: EntityManager,
  qb: QueryBuilder<T>,
  owner: 'project' | 'practice',
  vocabulary: Vocabulary,
  codes: string[] | undefined,
): void {
  if (!codes?.length) return;
  const sub = em
    .createQueryBuilder(TermLink, 'tl')
    .select(`tl.${owner}`)
    .join('tl.term', 't')
    .where({ 't.vocabulary': vocabulary, 't.code': { $in: codes } } as never);
  qb.andWhere({ id: { $in: sub.getKnexQuery() } } as never);
}

export function whereFundedBy<T extends object>(
  em: EntityManager,
  qb: QueryBuilder<T>,
  owner: 'project' | 'practice',
  funderIds: number[] | undefined,
): void {
  if (!funderIds?.length) return;
  const sub = em
    .createQueryBuilder(FundingLine, 'fl')
    .select(`fl.${owner}`)
    .where({ funder: { $in: funderIds } });
  qb.andWhere({ id: { $in: sub.getKnexQuery() } } as never);
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

/**
 * Runs a filtered list query as one page: the total in one statement, the page in another, sorted
 * by `column` (unknown values last) with the id as tie-breaker so pages never overlap.
 */
export async function pageOf<T extends object>(
  em: EntityManager,
  qb: QueryBuilder<T>,
  column: string,
  direction: 'ASC' | 'DESC',
  page: Page,
): Promise<{ rows: T[]; totalCount: number }> {
  // Two independent statements, side by side (PostgreSQL runs them on two pooled connections).
  // The page's rows are plain rows (db/plain.ts): read for the answer, never written back.
  const [totalCount, rows] = await Promise.all([
    qb.clone().getCount(),
    executePlain(
      em,
      qb
        .orderBy([
          { [column]: direction === 'ASC' ? 'asc nulls last' : 'desc nulls last' },
          { id: 'asc' },
        ] as never)
        .limit(page.limit)
        .offset(page.offset),
    ),
  ]);
  return { rows, totalCount };
}
