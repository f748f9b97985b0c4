import type { EntityManager } from '@mikro-orm/knex';
import {
  type EvidenceType,
  evidenceLevel,
  type OutcomeDirection,
  type OutcomeKind,
} from '@vertailu/data/vocabulary';
import type { Page } from '../../core/page';
import { checkCodes, checkMunicipalityCodes } from '../../core/validate';
import { pagePlain, readSql } from '../../db/plain';
import { whereSearch } from '../search/list-filters';
import { Outcome } from './outcome.entity';

/** Which outcomes to list: plain values (database ids for the owners), as any caller has them. */
export interface OutcomeQuery {
  municipalities?: string[];
  domains?: string[];
  directions?: OutcomeDirection[];
  kinds?: OutcomeKind[];
  minEvidence?: EvidenceType;
  projectId?: number;
  practiceId?: number;
  search?: string | null;
}

/** A page of outcomes by id, with the count over all pages. */
export async function listOutcomes(
  em: EntityManager,
  filter: OutcomeQuery,
  page: Page,
): Promise<{ rows: Outcome[]; totalCount: number }> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.domains, 'filter.domains');
  const knex = readSql(em);
  const query = knex.from({ o: 'outcome' });
  if (filter.municipalities?.length) {
    const codes = filter.municipalities;
    query.where((q) =>
      q
        .whereIn(
          'o.project_id',
          knex
            .select('pm.project_id')
            .from({ pm: 'project_municipality' })
            .whereIn('pm.municipality_code', codes),
        )
        .orWhereIn(
          'o.practice_id',
          knex.select('pr.id').from({ pr: 'practice' }).whereIn('pr.municipality_code', codes),
        ),
    );
  }
  if (filter.domains?.length)
    query.whereIn(
      'o.domain_id',
      knex
        .select('t.id')
        .from({ t: 'term' })
        .where('t.vocabulary', 'OUTCOME_DOMAIN')
        .whereIn('t.code', filter.domains),
    );
  if (filter.directions?.length) query.whereIn('o.direction', filter.directions);
  if (filter.kinds?.length) query.whereIn('o.kind', filter.kinds);
  if (filter.minEvidence) query.where('o.evidence_level', '>=', evidenceLevel(filter.minEvidence));
  if (filter.projectId !== undefined) query.where('o.project_id', filter.projectId);
  if (filter.practiceId !== undefined) query.where('o.practice_id', filter.practiceId);
  const count = whereSearch(query, 'o', filter.search);
  return pagePlain(em, Outcome, query, 'o', 'o.id asc', page, null, count);
}
