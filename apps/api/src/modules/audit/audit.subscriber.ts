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

type Prop = { name: string; kind: string; persist?: boolean; embedded?: [string, string] };

/**
 * A property's path on the record: a column of an embeddable, which the ORM names by a flattened key
 * (`period_startYear`), is logged by where it is read (`period.startYear`).
 */
function pathOf(props: Record<string, Prop | undefined>, name: string): string {
  const embedded = props[name]?.embedded;
  return embedded ? `${pathOf(props, embedded[0])}.${embedded[1]}` : name;
}

/** The same object with its keys as paths (`pathOf`). */
function byPath(
  props: Record<string, Prop | undefined>,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [pathOf(props, k), v]));
}

/** A property's value on the entity, an embeddable's column read through the embeddable. */
function propValue(
  entity: Record<string, unknown>,
  props: Record<string, Prop | undefined>,
  p: Prop,
): unknown {
  if (!p.embedded) return entity[p.name];
  const parent = props[p.embedded[0]];
  const owner = parent ? propValue(entity, props, parent) : undefined;
  return (owner as Record<string, unknown> | null | undefined)?.[p.embedded[1]] ?? null;
}

/**
 * A deleted row's columns from the entity itself, for a delete whose change set kept no original data
 * (rows removed after being read in the same unit of work): scalars (an embeddable's too) and the ids
 * of what it refers to.
 */
function ownValues(
  entity: Record<string, unknown>,
  props: readonly Prop[],
  byName: Record<string, Prop | undefined>,
): Record<string, unknown> {
  const present = (p: Prop): boolean => {
    const parent = p.embedded && byName[p.embedded[0]];
    return parent ? present(parent) : p.name in entity;
  };
  return Object.fromEntries(
    props
      .filter((p) => (p.kind === 'scalar' || p.kind === 'm:1') && p.persist !== false && present(p))
      .map((p) => [p.name, propValue(entity, byName, p)]),
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
      const props = cs.meta.properties as Record<string, Prop | undefined>;
      const changed = Object.keys(cs.payload ?? {});
      const original = (
        action === 'DELETE' && !Object.keys(cs.originalEntity ?? {}).length
          ? ownValues(cs.entity as Record<string, unknown>, cs.meta.props, props)
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
                byPath(
                  props,
                  action === 'DELETE'
                    ? original
                    : Object.fromEntries(changed.map((k) => [k, original[k] ?? null])),
                ),
              ),
        after: action === 'DELETE' ? null : plain(byPath(props, cs.payload ?? {})),
      });
    }
    if (rows.length) await em.insertMany(AuditEntry, rows);
  }
}
