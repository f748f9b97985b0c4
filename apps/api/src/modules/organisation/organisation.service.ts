import type { EntityManager } from '@mikro-orm/knex';
import { badInput } from '../../core/domain-error';
import { pagePlain, readSql } from '../../db/plain';
import { likePattern } from '../search/search-text';
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
  if (filter.search && filter.search.length > 200)
    throw badInput('search', 'must be at most 200 characters.');
  const query = readSql(em).from({ o: 'organisation' });
  if (filter.kinds?.length) query.whereIn('o.kind', filter.kinds);
  if (filter.search?.trim()) query.whereRaw(`o.search_text like ? escape '\\'`, [likePattern(filter.search)]);
  return pagePlain(em, Organisation, query, 'o', 'o.name_fi asc, o.id asc', page);
}
