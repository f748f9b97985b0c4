import type { EntityManager } from '@mikro-orm/knex';
import {
  EVIDENCE_LEVEL_MAX,
  type MatrixOrder,
  type OutcomeGroup,
  pageMatrixRows,
  summariseOutcomeCell,
} from '@vertailu/indicators';
import { MAX_ROWS, tooLarge } from '../../core/budget';
import { badInput } from '../../core/domain-error';
import {
  findPlain,
  plainColumns,
  plainRows,
  type RowLoaders,
  readSql,
  referenceRows,
  rowsByKey,
} from '../../db/plain';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Term } from '../vocabulary/term.entity';
import { refuseDuplicates } from './comparison.service';
import { groupOutcomes } from './counts.service';

/** One cell of the outcome matrix (served as `OutcomeCell`, outcome-matrix.types.ts). */
export interface OutcomeCellRow {
  municipality: Municipality;
  domain: Term;
  direction: string | null;
  evidenceType: string | null;
  evidenceLevel: number | null;
  count: number;
  improvedCount: number;
  worsenedCount: number;
  missingReason: string | null;
}

/** A page of the outcome matrix (served as `OutcomeMatrixPage`). */
export interface OutcomeMatrixPageRows {
  totalCount: number;
  offset: number;
  domains: Term[];
  rows: { municipality: Municipality; cells: OutcomeCellRow[] }[];
}

export const cellKey = (municipality: string, domainId: number) => `${municipality}|${domainId}`;

/**
 * The municipality × domain matrix of results; counts and strongest evidence are grouped in SQL. The
 * results themselves are a field of their own (`outcomes`, loaded in one batch for all asked cells):
 * the national matrix has thousands of cells and tens of thousands of results, and most callers want
 * only the counts.
 */
export async function outcomeMatrix(
  em: EntityManager,
  codes: string[],
  domainCodes: string[] | undefined,
  /** The request's loaders: a municipality read already costs no statement. */
  loaders?: RowLoaders,
): Promise<OutcomeCellRow[]> {
  if (!codes.length || codes.length > 400) throw badInput('municipalities', 'give 1–400 municipality codes.');
  refuseDuplicates(codes, 'municipalities');
  if (domainCodes) refuseDuplicates(domainCodes, 'domains');
  const [municipalities, domains] = await Promise.all([
    rowsByKey(em, loaders, Municipality, 'code', codes),
    referenceRows(
      loaders,
      Term,
      'id',
      (t) => t.vocabulary === 'OUTCOME_DOMAIN' && (!domainCodes?.length || domainCodes.includes(t.code)),
      () =>
        findPlain(
          em,
          Term,
          { vocabulary: 'OUTCOME_DOMAIN', ...(domainCodes?.length ? { code: { $in: domainCodes } } : {}) },
          { code: 'asc' },
        ),
    ),
  ]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  codes.forEach((c, i) => {
    if (!byCode.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
  domainCodes?.forEach((c, i) => {
    if (!domains.some((d) => d.code === c))
      throw badInput(`domains[${i}]`, `"${c.slice(0, 60)}" is not an outcome domain code.`);
  });
  const ordered = domainCodes?.length
    ? domainCodes.map((c) => domains.find((d) => d.code === c) as Term)
    : domains;
  const groups = await groupOutcomes(
    em,
    codes,
    ordered.map((d) => d.id),
  );

  // The outcomes themselves, for the cells' values and links: two statements.
  const groupsOf = new Map<string, OutcomeGroup[]>();
  for (const g of groups) {
    const key = cellKey(g.municipality, g.domainId);
    groupsOf.set(key, [...(groupsOf.get(key) ?? []), g]);
  }

  const cells: OutcomeCellRow[] = [];
  for (const code of codes) {
    for (const domain of ordered) {
      const mine = groupsOf.get(cellKey(code, domain.id)) ?? [];
      cells.push({ municipality: byCode.get(code) as Municipality, domain, ...summariseOutcomeCell(mine) });
    }
  }
  return cells;
}

/**
 * The results of many cells at once, keyed by `cellKey`: measured values first, then the strongest
 * evidence, then id. A project's result belongs to every municipality taking part in the project.
 */
export async function outcomesOfCells(em: EntityManager, keys: readonly string[]): Promise<Outcome[][]> {
  const codes = [...new Set(keys.map((k) => k.split('|')[0] as string))];
  const domainIds = [...new Set(keys.map((k) => Number(k.split('|')[1])))];
  const knex = readSql(em);
  const [links, practices] = await Promise.all([
    findPlain(em, ProjectMunicipality, { municipality: { $in: codes } }),
    knex.select('id', 'municipality_code').from('practice').whereIn('municipality_code', codes) as Promise<
      { id: number; municipality_code: string }[]
    >,
  ]);
  const codesOfProject = new Map<number, Set<string>>();
  for (const l of links)
    codesOfProject.set(
      l.project.id,
      (codesOfProject.get(l.project.id) ?? new Set()).add(l.municipality.code),
    );
  const codeOfPractice = new Map(practices.map((p) => [Number(p.id), String(p.municipality_code)]));
  // Two bound key lists joined by OR: each an index look-up (a bitmap OR on PostgreSQL).
  const outcomes = plainRows(
    em,
    Outcome,
    await knex
      .select(plainColumns(em, Outcome, 'outcome'))
      .from('outcome')
      .where('kind', 'RESULT')
      .whereIn('domain_id', domainIds)
      .where((q) =>
        q
          .whereIn('project_id', [...codesOfProject.keys()])
          .orWhereIn('practice_id', [...codeOfPractice.keys()]),
      )
      // At most one answer's worth of rows: more could not be sent anyway (deadline.ts), and loading them
      // first would cost the time and memory the row budget is there to bound.
      .orderBy([
        { column: 'evidence_level', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(MAX_ROWS + 1),
  );
  if (outcomes.length > MAX_ROWS) throw tooLarge();
  const buckets = new Map<string, Outcome[]>();
  for (const o of outcomes) {
    const codesOf = o.project
      ? [...(codesOfProject.get(o.project.id) ?? [])]
      : [codeOfPractice.get(o.practice?.id as number) as string];
    for (const code of codesOf) {
      const key = cellKey(code, o.domain.id);
      buckets.set(key, [...(buckets.get(key) ?? []), o]);
    }
  }
  // Stable sort: within "has a value", the query's order (strongest evidence, then id) stays.
  const measuredFirst = (a: Outcome, b: Outcome) =>
    Number(b.value !== null) - Number(a.value !== null) || b.evidenceLevel - a.evidenceLevel;
  return keys.map((k) => [...(buckets.get(k) ?? [])].sort(measuredFirst));
}

/** The checks outcomeMatrix makes of its codes (1–400, no repeats, all known), without grouping anything. */
async function checkCodes(em: EntityManager, codes: string[]): Promise<void> {
  if (!codes.length || codes.length > 400) throw badInput('municipalities', 'give 1–400 municipality codes.');
  refuseDuplicates(codes, 'municipalities');
  const known = new Set(
    (
      (await readSql(em).select('code').from('municipality').whereIn('code', codes)) as { code: string }[]
    ).map((m) => m.code),
  );
  codes.forEach((c, i) => {
    if (!known.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
}

/** Rows a matrix page may hold: one screen of a national matrix. */
export const MATRIX_PAGE_MAX = 100;

/**
 * The matrix cut to a page on the server: every asked municipality's counts are grouped in SQL (one
 * statement pair, as for the whole matrix), filtered and ordered by the pure `pageMatrixRows`, and only
 * the page's rows are returned — a national matrix is 309 × 12 cells, a page a screenful.
 */
export async function outcomeMatrixPage(
  em: EntityManager,
  codes: string[],
  domainCodes: string[] | undefined,
  query: {
    reportedOnly: boolean;
    minEvidenceLevel: number | null;
    order: MatrixOrder;
    orderDomain: string | null;
    ascending: boolean;
    offset: number;
    limit: number;
  },
): Promise<OutcomeMatrixPageRows> {
  if (!Number.isInteger(query.offset) || query.offset < 0) throw badInput('offset', 'must be 0 or more.');
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MATRIX_PAGE_MAX)
    throw badInput('limit', `must be 1–${MATRIX_PAGE_MAX}.`);
  const level = query.minEvidenceLevel;
  if (level != null && (!Number.isInteger(level) || level < 0 || level > EVIDENCE_LEVEL_MAX))
    throw badInput('minEvidenceLevel', `must be an evidence level 0–${EVIDENCE_LEVEL_MAX}.`);
  // Unfiltered and as given, the page is the page's codes: only they are grouped, the others only
  // checked (a filter or an order looks at every row).
  const plain = !query.reportedOnly && level == null && query.order === 'GIVEN';
  if (plain) await checkCodes(em, codes);
  const asked = plain ? codes.slice(query.offset, query.offset + query.limit) : codes;
  // A page past the end still has its columns: they come with the first code's (unused) row.
  const cells = await outcomeMatrix(em, asked.length ? asked : codes.slice(0, 1), domainCodes);
  const domains = [...new Map(cells.map((c) => [c.domain.code, c.domain])).values()];
  if (query.orderDomain && !domains.some((d) => d.code === query.orderDomain))
    throw badInput('orderDomain', `"${query.orderDomain.slice(0, 60)}" is not one of the matrix's domains.`);
  // outcomeMatrix returns the cells row by row, domains in order: cut them back into rows.
  const n = domains.length;
  const rows = asked.map((code, i) => {
    const own = cells.slice(i * n, (i + 1) * n);
    return {
      code,
      municipality: own[0]?.municipality as Municipality,
      cells: own.map((cell) => ({ ...cell, domain: cell.domain.code, cell })),
    };
  });
  const page = plain ? { totalCount: codes.length, rows } : pageMatrixRows(rows, query);
  return {
    totalCount: page.totalCount,
    offset: query.offset,
    domains,
    rows: page.rows.map((r) => ({ municipality: r.municipality, cells: r.cells.map((c) => c.cell) })),
  };
}
