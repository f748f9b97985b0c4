import type { EntityManager } from '@mikro-orm/knex';
import { pagePlain, readSql } from '../../db/plain';
import { AuditEntry } from './audit-entry.entity';

/** Which audit entries to list: one record's (its type and number), one actor's, or all. */
export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
}

/** A page of audit entries, newest first, with the count over all pages (plain rows). */
export function auditEntries(
  em: EntityManager,
  filter: AuditQuery,
  page: { limit: number; offset: number },
): Promise<{ rows: AuditEntry[]; totalCount: number }> {
  const query = readSql(em).from({ a: 'audit_entry' });
  if (filter.entityType !== undefined) query.where('a.entity_type', filter.entityType);
  if (filter.entityId !== undefined) query.where('a.entity_id', filter.entityId);
  if (filter.actor !== undefined) query.where('a.actor', filter.actor);
  return pagePlain(em, AuditEntry, query, 'a', 'a.id desc', page);
}
