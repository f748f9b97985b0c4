import type { EntityManager } from '@mikro-orm/knex';
import { type OutcomeCounts, type OutcomeGroup, outcomeCountsByMunicipality } from '@vertailu/indicators';
import { readSql } from '../../db/plain';

/**
 * Counts grouped in SQL for comparisons, profiles and the outcome matrix. Each is one knex statement
 * (db/plain.ts `readSql`): bound key lists, no ORM query builder.
 */

/** Projects per municipality whose period overlaps the years (all projects without years), counted in SQL. */
export async function countProjects(
  em: EntityManager,
  codes: string[],
  years: { from: number; to: number } | null,
): Promise<Map<string, number>> {
  const knex = readSql(em);
  const query = knex
    .select('pm.municipality_code', knex.raw('count(distinct pm.project_id) as n'))
    .from({ pm: 'project_municipality' })
    .whereIn('pm.municipality_code', codes)
    .groupBy('pm.municipality_code');
  // Unknown start: cannot be shown to overlap. Unknown end: open-ended.
  if (years)
    query
      .join({ p: 'project' }, 'p.id', 'pm.project_id')
      .whereNotNull('p.start_year')
      .where('p.start_year', '<=', years.to)
      .where((q) => q.whereNull('p.end_year').orWhere('p.end_year', '>=', years.from));
  const rows = (await query) as { municipality_code: string; n: number | string }[];
  return new Map(rows.map((r) => [r.municipality_code, Number(r.n)]));
}

export async function countPractices(em: EntityManager, codes: string[]): Promise<Map<string, number>> {
  const knex = readSql(em);
  const rows = (await knex
    .select('municipality_code', knex.raw('count(*) as n'))
    .from('practice')
    .whereIn('municipality_code', codes)
    .groupBy('municipality_code')) as { municipality_code: string; n: number | string }[];
  return new Map(rows.map((r) => [r.municipality_code, Number(r.n)]));
}

/**
 * Results (not outputs) grouped by municipality, domain and direction, in SQL: project outcomes
 * belong to every municipality of the project, practice outcomes to the practice's municipality.
 * One statement: the two groupings joined by UNION ALL (each its own index look-up).
 */
export function groupOutcomes(
  em: EntityManager,
  codes: string[],
  domainIds: number[] | null,
): Promise<OutcomeGroup[]> {
  return outcomeGroups(em, codes, domainIds, true) as Promise<OutcomeGroup[]>;
}

/**
 * The groups of `groupOutcomes`, by domain too when `byDomain` (the matrix's cells), else by
 * municipality and direction only: a comparison's counts need no more, and at national scale that is a
 * sixth of the rows (parsed, allocated and collected for nothing otherwise).
 */
async function outcomeGroups(
  em: EntityManager,
  codes: string[],
  domainIds: number[] | null,
  byDomain: boolean,
): Promise<Omit<OutcomeGroup, 'domainId'>[] | OutcomeGroup[]> {
  const knex = readSql(em);
  const domain = byDomain ? ['o.domain_id as domain'] : [];
  /** One way from an outcome to a municipality (`alias.ownerKey = o.outcomeKey`), grouped the same way. */
  const via = (alias: string, table: string, ownerKey: string, outcomeKey: string, count: string) => {
    const municipality = `${alias}.municipality_code`;
    const query = knex
      .select(
        `${municipality} as municipality`,
        ...domain,
        'o.direction',
        knex.raw(`${count} as n`),
        knex.raw('max(o.evidence_level) as max_evidence'),
      )
      .from({ o: 'outcome' })
      .join({ [alias]: table }, `${alias}.${ownerKey}`, `o.${outcomeKey}`)
      .where('o.kind', 'RESULT')
      .whereIn(municipality, codes)
      .groupBy([municipality, ...(byDomain ? ['o.domain_id'] : []), 'o.direction']);
    if (domainIds) query.whereIn('o.domain_id', domainIds);
    return query;
  };
  // distinct: a municipality can hold two roles in one project (applicant and implementer).
  const viaProject = via('pm', 'project_municipality', 'project_id', 'project_id', 'count(distinct o.id)');
  const viaPractice = via('pr', 'practice', 'id', 'practice_id', 'count(*)');
  // Each grouping in a sub-select of its own: knex puts a UNION before the first select's GROUP BY, and
  // SQLite refuses parentheses around the parts of a compound select.
  const rows = (await knex
    .select('*')
    .from(viaProject.as('p'))
    .unionAll(knex.select('*').from(viaPractice.as('q')))) as Record<string, string | number>[];
  return rows.map((r) => ({
    municipality: String(r.municipality),
    ...(byDomain ? { domainId: Number(r.domain) } : {}),
    direction: String(r.direction),
    count: Number(r.n),
    maxEvidence: Number(r.max_evidence),
  }));
}

/** Results per municipality (improved, worsened, all, strongest evidence) over every domain. */
export async function countOutcomes(em: EntityManager, codes: string[]): Promise<Map<string, OutcomeCounts>> {
  return outcomeCountsByMunicipality(await outcomeGroups(em, codes, null, false));
}
