import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { nowIso } from '../../db/base.entity';
import { AuditEntry } from './audit-entry.entity';
import { auditScope } from './audit-scope';

/** Derived or bookkeeping rows: recomputed from audited ones, so auditing them would only add noise. */
const NOT_AUDITED = new Set(['AuditEntry', 'IndicatorValue', 'SeedState']);

const ACTION = {
  [ChangeSetType.CREATE]: 'CREATE',
  [ChangeSetType.UPDATE]: 'UPDATE',
  [ChangeSetType.DELETE]: 'DELETE',
} as const;

/** Columns never copied into the log: an API key's hash is a credential's fingerprint. */
const SECRET = new Set(['hash']);

/** JSON-safe copy: entity references become their ids, big texts are kept (they are the change). */
function plain(data: object | undefined | null): Record<string, unknown> | null {
  if (!data) return null;
  return JSON.parse(
    JSON.stringify(data, (key, value) => {
      if (SECRET.has(key)) return undefined;
      const reference =
        key !== '' && value && typeof value === 'object' && !Array.isArray(value) && 'id' in value;
      return reference ? value.id : value;
    }),
  );
}

/**
 * A deleted row's columns from the entity itself, for a delete whose change set kept no original data
 * (rows removed after being read in the same unit of work): scalars and the ids of what it refers to.
 */
function ownValues(
  entity: Record<string, unknown>,
  props: readonly { name: string; kind: string; persist?: boolean }[],
): Record<string, unknown> {
  return Object.fromEntries(
    props
      .filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && p.name in entity)
      .map((p) => [p.name, entity[p.name]]),
  );
}

/**
 * Records every create, update and delete of a flush in the audit log, inside the same transaction
 * (so a rolled-back mutation leaves no entry, and a committed one always has its entry).
 */
export class AuditSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const scope = auditScope.getStore();
    if (!scope) return;
    const rows: Partial<AuditEntry>[] = [];
    for (const cs of uow.getChangeSets()) {
      const entityType = cs.meta.className;
      const action = ACTION[cs.type as keyof typeof ACTION];
      if (NOT_AUDITED.has(entityType) || !action) continue;
      const id = (cs.entity as { id?: unknown }).id ?? cs.getPrimaryKey();
      const changed = Object.keys(cs.payload ?? {});
      const original = (
        action === 'DELETE' && !Object.keys(cs.originalEntity ?? {}).length
          ? ownValues(cs.entity as Record<string, unknown>, cs.meta.props)
          : (cs.originalEntity ?? {})
      ) as Record<string, unknown>;
      rows.push({
        at: nowIso(),
        actor: scope.actor,
        action,
        entityType,
        entityId: String(id),
        before:
          action === 'CREATE'
            ? null
            : plain(
                action === 'DELETE'
                  ? original
                  : Object.fromEntries(changed.map((k) => [k, original[k] ?? null])),
              ),
        after: action === 'DELETE' ? null : plain(cs.payload),
      });
    }
    if (rows.length) await em.insertMany(AuditEntry, rows);
  }
}
