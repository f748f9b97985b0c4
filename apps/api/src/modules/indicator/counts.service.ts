import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { type OutcomeCounts, type OutcomeGroup, outcomeCountsByMunicipality } from '@vertailu/indicators';
import { whereIn } from '../../db/plain';
import { Outcome } from '../outcome/outcome.entity';
import { Practice } from '../practice/practice.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';

/** Projects per municipality whose period overlaps the years (all projects without years), counted in SQL. */
export async function countProjects(
  em: EntityManager,
  codes: string[],
  years: { from: number; to: number } | null,
): Promise<Map<string, number>> {
  const qb = em
    .createQueryBuilder(ProjectMunicipality, 'pm')
    .select(['pm.municipality', raw('count(distinct pm.project_id) as n')])
    .join('pm.project', 'p')
    .groupBy('pm.municipality');
  whereIn(qb, 'pm.municipality_code', codes);
  if (years) {
    qb.andWhere({
      'p.startYear': { $ne: null, $lte: years.to },
      $or: [{ 'p.endYear': null }, { 'p.endYear': { $gte: years.from } }],
    } as never);
  }
  const rows = (await qb.execute('all', false)) as { municipality_code: string; n: number | string }[];
  return new Map(rows.map((r) => [r.municipality_code, Number(r.n)]));
}

export async function countPractices(em: EntityManager, codes: string[]): Promise<Map<string, number>> {
  const rows = (await whereIn(
    em.createQueryBuilder(Practice, 'pr').select(['pr.municipality', raw('count(*) as n')]),
    'pr.municipality_code',
    codes,
  )
    .groupBy('pr.municipality')
    .execute('all', false)) as { municipality_code: string; n: number | string }[];
  return new Map(rows.map((r) => [r.municipality_code, Number(r.n)]));
}

export interface PhaseCount {
  phase: string | null;
  count: number;
}

export async function practicesByPhase(em: EntityManager, code: string): Promise<PhaseCount[]> {
  const rows = (await em
    .createQueryBuilder(Practice, 'pr')
    .select(['pr.phase', raw('count(*) as n')])
    .where({ municipality: code })
    .groupBy('pr.phase')
    .orderBy({ phase: 'asc' })
    .execute('all', false)) as { phase: string | null; n: number | string }[];
  return rows.map((r) => ({ phase: r.phase, count: Number(r.n) }));
}

/**
 * Results (not outputs) grouped by municipality, domain and direction, in SQL: project outcomes
 * belong to every municipality of the project, practice outcomes to the practice's municipality.
 */
export async function groupOutcomes(
  em: EntityManager,
  codes: string[],
  domainIds: number[] | null,
): Promise<OutcomeGroup[]> {
  const viaProject = em
    .createQueryBuilder(Outcome, 'o')
    .select([
      'pm.municipality_code as municipality',
      'o.domain_id as domain',
      'o.direction',
      // distinct: a municipality can hold two roles in one project (applicant and implementer).
      raw('count(distinct o.id) as n'),
      raw('max(o.evidence_level) as max_evidence'),
    ])
    .join('o.project', 'p')
    .join('p.municipalityLinks', 'pm')
    .where({ kind: 'RESULT' })
    .groupBy(['pm.municipality_code', 'o.domain_id', 'o.direction']);
  whereIn(viaProject, 'pm.municipality_code', codes);
  const viaPractice = em
    .createQueryBuilder(Outcome, 'o')
    .select([
      'pr.municipality_code as municipality',
      'o.domain_id as domain',
      'o.direction',
      raw('count(*) as n'),
      raw('max(o.evidence_level) as max_evidence'),
    ])
    .join('o.practice', 'pr')
    .where({ kind: 'RESULT' })
    .groupBy(['pr.municipality_code', 'o.domain_id', 'o.direction']);
  whereIn(viaPractice, 'pr.municipality_code', codes);
  if (domainIds) {
    whereIn(viaProject, 'o.domain_id', domainIds);
    whereIn(viaPractice, 'o.domain_id', domainIds);
  }
  // Two independent statements, side by side.
  type Row = Record<string, string | number>;
  const [ofProjects, ofPractices] = await Promise.all([
    viaProject.execute<Row[]>('all', false),
    viaPractice.execute<Row[]>('all', false),
  ]);
  const rows = [...ofProjects, ...ofPractices];
  return rows.map((r) => ({
    municipality: String(r.municipality),
    domainId: Number(r.domain),
    direction: String(r.direction),
    count: Number(r.n),
    maxEvidence: Number(r.max_evidence),
  }));
}

/** Results per municipality (improved, worsened, all, strongest evidence) over every domain. */
export async function countOutcomes(em: EntityManager, codes: string[]): Promise<Map<string, OutcomeCounts>> {
  return outcomeCountsByMunicipality(await groupOutcomes(em, codes, null));
}
