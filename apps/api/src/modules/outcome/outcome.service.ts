import type { EntityManager } from '@mikro-orm/knex';
import { evidenceLevel } from '@vertailu/data/vocabulary';
import type { Page } from '../../core/page';
import { checkCodes, checkMunicipalityCodes } from '../../core/validate';
import { pagePlain, readSql } from '../../db/plain';
import { type ConnectionShape, toConnection } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { whereSearch } from '../search/list-filters';
import { Outcome } from './outcome.entity';
import type { OutcomeFilter } from './outcome.types';

export async function listOutcomes(
  em: EntityManager,
  filter: OutcomeFilter = {},
  page: Page,
): Promise<ConnectionShape<Outcome>> {
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
  if (filter.project) query.where('o.project_id', numericIdOf('Project', filter.project, 'filter.project'));
  if (filter.practice)
    query.where('o.practice_id', numericIdOf('Practice', filter.practice, 'filter.practice'));
  whereSearch(query, 'o', filter.search);
  const { rows, totalCount } = await pagePlain(em, Outcome, query, 'o', 'o.id asc', page);
  return toConnection(rows, totalCount, page);
}
