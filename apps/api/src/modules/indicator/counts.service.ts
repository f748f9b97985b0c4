import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { OutcomeGroup } from '@vertailu/indicators';
import { whereYearsOverlap } from '../../db/period-columns';
import { readSql, whereAny } from '../../db/plain';
import { readRows } from '../../db/read-batch';

/**
 * Counts grouped in SQL for comparisons, profiles and the outcome matrix, as knex statements (db/plain.ts
 * `readSql`): bound key lists (one array on PostgreSQL, `whereAny`), no ORM query builder. The comparison runs its parts as one statement
 * (comparison-statement.ts); the outcome matrix runs `groupOutcomes`.
 */

/** Projects per municipality (`municipality_code`, `n`) whose period overlaps the years (all projects without years). */
export function projectCountsQuery(
  knex: Knex,
  codes: string[],
  years: { from: number; to: number } | null,
): Knex.QueryBuilder {
  const query = whereAny(
    knex
      .select('pm.municipality_code', knex.raw('count(distinct pm.project_id) as n'))
      .from({ pm: 'project_municipality' }),
    'pm.municipality_code',
    codes,
  ).groupBy('pm.municipality_code');
  if (years) whereYearsOverlap(query.join({ p: 'project' }, 'p.id', 'pm.project_id'), 'p', years);
  return query;
}

/** Practices per municipality (`municipality_code`, `n`). */
export function practiceCountsQuery(knex: Knex, codes: string[]): Knex.QueryBuilder {
  return whereAny(
    knex.select('municipality_code', knex.raw('count(*) as n')).from('practice'),
    'municipality_code',
    codes,
  ).groupBy('municipality_code');
}

/**
 * Results (not outputs) grouped by municipality and direction (and domain when `byDomain`, the matrix's
 * cells: a comparison's counts need no more, and at national scale that is a sixth of the rows): project
 * outcomes belong to every municipality of the project, practice outcomes to the practice's municipality.
 * Two statements to join by UNION ALL, each its own index look-up; columns `municipality`, [`domain`],
 * `direction`, `n`, `max_evidence`.
 */
export function outcomeGroupQueries(
  knex: Knex,
  codes: string[],
  domainIds: number[] | null,
  byDomain: boolean,
): [Knex.QueryBuilder, Knex.QueryBuilder] {
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
      .where('o.kind', 'RESULT');
    whereAny(query, municipality, codes).groupBy([
      municipality,
      ...(byDomain ? ['o.domain_id'] : []),
      'o.direction',
    ]);
    if (domainIds) query.whereIn('o.domain_id', domainIds);
    return query;
  };
  // distinct: a municipality can hold two roles in one project (applicant and implementer).
  return [
    via('pm', 'project_municipality', 'project_id', 'project_id', 'count(distinct o.id)'),
    via('pr', 'practice', 'id', 'practice_id', 'count(*)'),
  ];
}

/** The outcome matrix's groups (by municipality, domain and direction) in one statement. */
export async function groupOutcomes(
  em: EntityManager,
  codes: string[],
  domainIds: number[] | null,
): Promise<OutcomeGroup[]> {
  const knex = readSql(em);
  const [viaProject, viaPractice] = outcomeGroupQueries(knex, codes, domainIds, true);
  // Each grouping in a sub-select of its own: knex puts a UNION before the first select's GROUP BY, and
  // SQLite refuses parentheses around the parts of a compound select.
  const rows = await readRows(
    em,
    knex
      .select('*')
      .from(viaProject.as('p'))
      .unionAll(knex.select('*').from(viaPractice.as('q'))),
  );
  return rows.map((r) => ({
    municipality: String(r.municipality),
    domainId: Number(r.domain),
    direction: String(r.direction),
    count: Number(r.n),
    maxEvidence: Number(r.max_evidence),
  }));
}
