import type { EntityManager } from '@mikro-orm/knex';
import { pagePlain, readSql } from '../../db/plain';
import { whereSearch } from '../search/list-filters';
import { Organisation } from './organisation.entity';

/** Which organisations to list. */
export interface OrganisationQuery {
  kinds?: string[] | null;
  search?: string | null;
}

/** A page of organisations by Finnish name, with the count over all pages (plain rows). */
export function listOrganisations(
  em: EntityManager,
  filter: OrganisationQuery,
  page: { limit: number; offset: number },
): Promise<{ rows: Organisation[]; totalCount: number }> {
  const query = readSql(em).from({ o: 'organisation' });
  if (filter.kinds?.length) query.whereIn('o.kind', filter.kinds);
  const count = whereSearch(query, 'o', filter.search, 'search');
  return pagePlain(em, Organisation, query, 'o', 'o.name_fi asc, o.id asc', page, null, count);
}
