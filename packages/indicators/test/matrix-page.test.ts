import { describe, expect, it } from 'vitest';
import { pageMatrixRows } from '../src';

const c = (domain: string, count: number, improved = 0, worsened = 0, level: number | null = null) => ({
  domain,
  count,
  improvedCount: improved,
  worsenedCount: worsened,
  evidenceLevel: count ? level : null,
});
const ROWS = [
  { code: '020', cells: [c('A', 3, 2, 1, 4), c('B', 0)] },
  { code: '186', cells: [c('A', 0), c('B', 0)] },
  { code: '211', cells: [c('A', 1, 1, 0, 1), c('B', 5, 0, 2, 2)] },
  { code: '851', cells: [c('A', 0), c('B', 1, 0, 0, 0)] },
];
const codes = (r: { rows: { code: string }[] }) => r.rows.map((x) => x.code);

describe('pageMatrixRows', () => {
  it('pages in the given order and counts every row', () => {
    const page = pageMatrixRows(ROWS, { offset: 1, limit: 2 });
    expect(page.totalCount).toBe(4);
    expect(codes(page)).toEqual(['186', '211']);
  });

  it('keeps only rows with results, or with evidence at a level or stronger; the total counts what is kept', () => {
    expect(codes(pageMatrixRows(ROWS, { reportedOnly: true, offset: 0, limit: 10 }))).toEqual([
      '020',
      '211',
      '851',
    ]);
    const strong = pageMatrixRows(ROWS, { minEvidenceLevel: 2, offset: 0, limit: 1 });
    expect(strong.totalCount).toBe(2);
    expect(codes(strong)).toEqual(['020']);
    // Level 0 (not yet measured) is a level; an empty row has none.
    expect(pageMatrixRows(ROWS, { minEvidenceLevel: 0, offset: 0, limit: 10 }).totalCount).toBe(3);
  });

  it('orders by results, improved, worsened or evidence, over the row or one domain; ties stay as given', () => {
    expect(codes(pageMatrixRows(ROWS, { order: 'RESULTS', offset: 0, limit: 10 }))).toEqual([
      '211',
      '020',
      '851',
      '186',
    ]);
    expect(codes(pageMatrixRows(ROWS, { order: 'WORSENED', offset: 0, limit: 2 }))).toEqual(['211', '020']);
    expect(
      codes(
        pageMatrixRows(ROWS, { order: 'RESULTS', orderDomain: 'A', ascending: true, offset: 0, limit: 10 }),
      ),
    ).toEqual(['186', '851', '211', '020']);
    // No result is below "not yet measured" (level 0).
    expect(
      codes(pageMatrixRows(ROWS, { order: 'EVIDENCE', orderDomain: 'B', offset: 0, limit: 10 })),
    ).toEqual(['211', '851', '020', '186']);
  });
});
