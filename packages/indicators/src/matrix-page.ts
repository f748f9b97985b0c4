import type { OutcomeCellSummary } from './comparison';

/** How the outcome matrix's rows may be ordered: as given, or by what a row (or one domain's cell) holds. */
export const MATRIX_ORDERS = ['GIVEN', 'RESULTS', 'IMPROVED', 'WORSENED', 'EVIDENCE'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

export interface MatrixRowLike<
  C extends Pick<OutcomeCellSummary, 'count' | 'improvedCount' | 'worsenedCount' | 'evidenceLevel'>,
> {
  code: string;
  /** The row's cells, one per asked domain, with the domain's code. */
  cells: (C & { domain: string })[];
}

export interface MatrixPageQuery {
  /** Only rows with at least one result (in the asked domains). */
  reportedOnly?: boolean;
  /** Only rows with a cell backed at this evidence level or stronger (0–4). */
  minEvidenceLevel?: number | null;
  order?: MatrixOrder;
  /** Order by this domain's cell instead of the whole row. */
  orderDomain?: string | null;
  /** Ascending instead of the order's natural descending (GIVEN is always as given). */
  ascending?: boolean;
  offset: number;
  limit: number;
}

/**
 * The outcome matrix's rows filtered, ordered and cut to one page: every row is looked at (the total
 * counts what the filter keeps), only the page is returned. Ties keep the given order, so a page is stable.
 */
export function pageMatrixRows<
  C extends Pick<OutcomeCellSummary, 'count' | 'improvedCount' | 'worsenedCount' | 'evidenceLevel'>,
  R extends MatrixRowLike<C>,
>(rows: readonly R[], q: MatrixPageQuery): { totalCount: number; rows: R[] } {
  const minLevel = q.minEvidenceLevel;
  const kept = rows.filter(
    (r) =>
      (!q.reportedOnly || r.cells.some((c) => c.count > 0)) &&
      (minLevel == null || r.cells.some((c) => c.count > 0 && (c.evidenceLevel ?? -1) >= minLevel)),
  );
  const order = q.order ?? 'GIVEN';
  const measure = (r: R): number => {
    const cells = q.orderDomain ? r.cells.filter((c) => c.domain === q.orderDomain) : r.cells;
    switch (order) {
      case 'RESULTS':
        return cells.reduce((s, c) => s + c.count, 0);
      case 'IMPROVED':
        return cells.reduce((s, c) => s + c.improvedCount, 0);
      case 'WORSENED':
        return cells.reduce((s, c) => s + c.worsenedCount, 0);
      case 'EVIDENCE':
        // A row with no result has no level: below level 0 (not yet measured), never equal to it.
        return Math.max(-1, ...cells.map((c) => (c.count > 0 ? (c.evidenceLevel ?? -1) : -1)));
      default:
        return 0;
    }
  };
  const sign = q.ascending ? 1 : -1;
  const ordered =
    order === 'GIVEN'
      ? kept
      : kept
          .map((row, i) => ({ row, i, m: measure(row) }))
          .sort((a, b) => sign * (a.m - b.m) || a.i - b.i)
          .map((x) => x.row);
  return { totalCount: kept.length, rows: ordered.slice(q.offset, q.offset + q.limit) };
}
