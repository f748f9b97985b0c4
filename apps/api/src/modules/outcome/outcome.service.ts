import type { EntityManager } from '@mikro-orm/knex';
import { EVIDENCE_TYPES } from '@vertailu/data';
import { type ConnectionShape, type Page, toConnection } from '../../graphql/connection';
import { numericIdOf } from '../../graphql/global-id';
import { checkCodes, checkMunicipalityCodes, whereSearch } from '../../graphql/query-filters';
import { Practice } from '../practice/practice.entity';
import { ProjectMunicipality } from '../project/project-municipality.entity';
import { Term } from '../vocabulary/term.entity';
import { Outcome } from './outcome.entity';
import type { OutcomeFilter } from './outcome.types';

export async function listOutcomes(
  em: EntityManager,
  filter: OutcomeFilter = {},
  page: Page,
): Promise<ConnectionShape<Outcome>> {
  checkMunicipalityCodes(filter.municipalities, 'filter.municipalities');
  checkCodes(filter.domains, 'filter.domains');
  const qb = em.createQueryBuilder(Outcome, 'o');
  if (filter.municipalities?.length) {
    const projects = em
      .createQueryBuilder(ProjectMunicipality, 'pm')
      .select('pm.project')
      .where({ municipality: { $in: filter.municipalities } });
    const practices = em
      .createQueryBuilder(Practice, 'pr')
      .select('pr.id')
      .where({ municipality: { $in: filter.municipalities } });
    qb.andWhere({
      $or: [{ project: { $in: projects.getKnexQuery() } }, { practice: { $in: practices.getKnexQuery() } }],
    } as never);
  }
  if (filter.domains?.length) {
    const domains = em
      .createQueryBuilder(Term, 't')
      .select('t.id')
      .where({ vocabulary: 'OUTCOME_DOMAIN', code: { $in: filter.domains } });
    qb.andWhere({ domain: { $in: domains.getKnexQuery() } } as never);
  }
  if (filter.directions?.length) qb.andWhere({ direction: { $in: filter.directions } });
  if (filter.kinds?.length) qb.andWhere({ kind: { $in: filter.kinds } });
  if (filter.minEvidence)
    qb.andWhere({ evidenceLevel: { $gte: EVIDENCE_TYPES.indexOf(filter.minEvidence) } });
  if (filter.project) qb.andWhere({ project: numericIdOf('Project', filter.project, 'filter.project') });
  if (filter.practice) qb.andWhere({ practice: numericIdOf('Practice', filter.practice, 'filter.practice') });
  whereSearch(qb, filter.search);
  const [totalCount, rows] = await Promise.all([
    qb.clone().getCount(),
    qb.orderBy({ id: 'asc' }).limit(page.limit).offset(page.offset).getResultList(),
  ]);
  return toConnection(rows, totalCount, page);
}
