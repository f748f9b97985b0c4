import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { OwnerFinance } from '@vertailu/indicators';
import { PERIOD_COLUMNS } from '../../db/period-columns';
import { plainRows } from '../../db/plain';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { CostItem } from './cost-item.entity';
import { FundingLine } from './funding-line.entity';

/**
 * Whose finance to read: every project and practice some of `municipalities` take part in, or the
 * projects or practices of `ids` (null: all of that type).
 */
export type FinanceScope =
  | { municipalities: readonly string[] }
  | { type: 'Project' | 'Practice'; ids: readonly number[] | null };

/** The finance of the owners in scope, projects (by name) before practices (by name), as plain data. */
export interface FinanceRead {
  projects: OwnerFinance[];
  practices: OwnerFinance[];
}

type Row = Record<string, unknown>;
const OWNER_COLUMNS = ['id', 'name', PERIOD_COLUMNS.start, PERIOD_COLUMNS.end];

/**
 * The finance of exactly the owners in scope, read as plain rows in one level of statements that run
 * side by side: the owners, their municipality links, their cost items and their funding lines with
 * the funder's kind and name (a join) — the scope is a sub-select in each, so nothing waits for
 * another's answer and no record becomes a managed entity. Inside a transaction (recomputing derived
 * values) the statements run in it. Lines are in id order, links too (the order they were written).
 */
export async function readFinance(em: EntityManager, scope: FinanceScope): Promise<FinanceRead> {
  const knex = em.getKnex();
  const trx = em.getTransactionContext<Knex.Transaction>();
  const run = (qb: Knex.QueryBuilder): Promise<Row[]> => (trx ? qb.transacting(trx) : qb) as never;
  const wanted = (type: 'Project' | 'Practice') => 'municipalities' in scope || scope.type === type;
  // The owners' ids as a sub-select (or a list, or every row): the same in every statement.
  const idsOf = (type: 'Project' | 'Practice'): Knex.QueryBuilder | readonly number[] | null => {
    if ('municipalities' in scope) {
      const codes = [...scope.municipalities];
      return type === 'Project'
        ? knex('project_municipality').distinct('project_id').whereIn('municipality_code', codes)
        : knex('practice').select('id').whereIn('municipality_code', codes);
    }
    return scope.ids;
  };
  const limit = (qb: Knex.QueryBuilder, column: string, type: 'Project' | 'Practice') => {
    const ids = idsOf(type);
    if (ids === null) return qb;
    if (Array.isArray(ids) && !ids.length) return qb.whereRaw('1 = 0');
    return qb.whereIn(column, ids as never);
  };
  const none = Promise.resolve([] as Row[]);
  const [projects, practices, links, costs, fundings] = await Promise.all([
    wanted('Project')
      ? run(
          limit(knex('project').select(OWNER_COLUMNS), 'id', 'Project').orderBy([
            { column: 'name' },
            { column: 'id' },
          ]),
        )
      : none,
    wanted('Practice')
      ? run(
          limit(knex('practice').select([...OWNER_COLUMNS, 'municipality_code']), 'id', 'Practice').orderBy([
            { column: 'name' },
            { column: 'id' },
          ]),
        )
      : none,
    wanted('Project')
      ? run(
          limit(
            knex('project_municipality').select('project_id', 'municipality_code'),
            'project_id',
            'Project',
          ).orderBy('id'),
        )
      : none,
    run(
      ownedBy(
        knex('cost_item').select(
          'id',
          'project_id',
          'practice_id',
          'kind',
          'basis',
          'amount',
          'municipality_code',
        ),
        'cost_item',
      ).orderBy('id'),
    ),
    run(
      ownedBy(
        knex('funding_line as f')
          .leftJoin('organisation as o', 'o.id', 'f.funder_id')
          .select(
            'f.id',
            'f.project_id',
            'f.practice_id',
            'f.kind',
            'f.amount',
            'f.basis',
            'f.recipient_code',
            'o.kind as funder_kind',
            'o.abbreviation as funder_abbreviation',
            'o.name_fi as funder_name_fi',
          ),
        'f',
      ).orderBy('f.id'),
    ),
  ]);

  /** Lines of the owners in scope: a project's or a practice's. */
  function ownedBy(qb: Knex.QueryBuilder, table: string): Knex.QueryBuilder {
    return qb.where((w) => {
      for (const type of ['Project', 'Practice'] as const) {
        if (!wanted(type)) continue;
        const column = `${table}.${type === 'Project' ? 'project_id' : 'practice_id'}`;
        const ids = idsOf(type);
        if (ids === null) w.orWhereNotNull(column);
        else if (Array.isArray(ids) && !ids.length) w.orWhereRaw('1 = 0');
        else w.orWhereIn(column, ids as never);
      }
    });
  }

  // Amounts and dates converted as the entities convert them (DECIMAL → number, dates as ISO text).
  const costRows = plainRows(em, CostItem, costs);
  const fundingRows = plainRows(em, FundingLine, fundings);
  // Row positions by owner id, grouped once: a national page's thousands of owners would otherwise
  // scan every line each.
  const group = (rows: readonly Row[], column: string) => {
    const groups = new Map<number, number[]>();
    rows.forEach((row, i) => {
      if (row[column] == null) return;
      const id = Number(row[column]);
      const g = groups.get(id);
      if (g) g.push(i);
      else groups.set(id, [i]);
    });
    return groups;
  };
  const codesOf = new Map<number, string[]>();
  for (const l of links) {
    const id = Number(l.project_id);
    const codes = codesOf.get(id) ?? [];
    if (!codes.includes(l.municipality_code as string)) codes.push(l.municipality_code as string);
    codesOf.set(id, codes);
  }
  const costsBy = { Project: group(costs, 'project_id'), Practice: group(costs, 'practice_id') };
  const fundingsBy = { Project: group(fundings, 'project_id'), Practice: group(fundings, 'practice_id') };
  const ownerOf = (type: 'Project' | 'Practice', raw: Row, record: Project | Practice): OwnerFinance => {
    const id = Number(raw.id);
    return {
      ownerType: type,
      ownerId: id,
      name: record.name,
      municipalityCodes: type === 'Project' ? (codesOf.get(id) ?? []) : [raw.municipality_code as string],
      start: record.period?.start ?? null,
      end: record.period?.end ?? null,
      costs: (costsBy[type].get(id) ?? []).map((i) => {
        const c = costRows[i] as CostItem;
        return {
          id: c.id,
          kind: c.kind,
          basis: c.basis,
          amount: c.amount,
          municipalityCode: (costs[i]?.municipality_code as string | null) ?? null,
        };
      }),
      fundings: (fundingsBy[type].get(id) ?? []).map((i) => {
        const f = fundingRows[i] as FundingLine;
        const line = fundings[i] as Row;
        // A funder exists exactly when the join found one (its kind is never null).
        const funderKind = (line.funder_kind ?? null) as OwnerFinance['fundings'][number]['funderKind'];
        return {
          id: f.id,
          kind: f.kind,
          amount: f.amount,
          funderKind,
          funderName: funderKind
            ? ((line.funder_abbreviation as string | null) ?? (line.funder_name_fi as string))
            : null,
          recipientCode: (line.recipient_code as string | null) ?? null,
          basis: f.basis,
        };
      }),
    };
  };
  const projectRecords = plainRows(em, Project, projects);
  const practiceRecords = plainRows(em, Practice, practices);
  return {
    projects: projects.map((raw, i) => ownerOf('Project', raw, projectRecords[i] as Project)),
    practices: practices.map((raw, i) => ownerOf('Practice', raw, practiceRecords[i] as Practice)),
  };
}
