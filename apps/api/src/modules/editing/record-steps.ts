import type { EntityClass, EntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { nowIso } from '../../db/base.entity';
import { attachCitations, type CitationCommand, deleteCitations } from './citation.service';

/** What the steps and use cases need of a record: every editable entity is a keyed, versioned row. */
type Row = { id: number; updatedAt: string; key: string | null };

/**
 * What one editable record type does at each step of its use cases; the order of the steps is the
 * same for every type and lives in `createRecord`, `updateRecord` and `deleteRecord` below.
 */
export interface RecordSteps<T extends Row, C, N = C> {
  /** The citation subject type (the GraphQL type name). */
  type: string;
  /** The record's entity. */
  entity: EntityClass<T>;
  /** A new record's first fields from a creation's command, after the checks that need no record. */
  start?(em: EntityManager, input: N): Promise<EntityData<T>> | EntityData<T>;
  /** Checks a command and writes it on the record (`creating`: the command is a creation's). */
  apply(em: EntityManager, record: T, input: C, creating: boolean): Promise<void>;
  /** What goes with a deleted record besides its own citations. */
  removing?(em: EntityManager, record: T): Promise<unknown>;
  /** After every write: derived values depend on projects, practices, costs and funding lines. */
  after?(em: EntityManager, record: T, id: number): Promise<unknown>;
}

type Cited = { citations?: CitationCommand[] };

/** How a creation ends. */
export interface CreateOptions {
  /**
   * `false`: the caller finishes the unit of work — it adds more in the same transaction (costs, funding
   * lines the derived values derive from), flushes and recomputes the derived values once (draft
   * acceptance, the seeder). The record is written far enough to have its id; its citations go with
   * the caller's next flush.
   */
  recompute?: boolean;
  /** A curated record's stable key in the data set (the seeder); records created through the API have none. */
  key?: string;
}

/** How a change ends. */
export interface UpdateOptions {
  /** As in `CreateOptions`. */
  recompute?: boolean;
  /**
   * A reload of the same record (the seeder): the version and `updatedAt` rise only when a field or a
   * citation really changed, and equal citations are kept. An editor's update raises the version always.
   */
  unchangedKeepsVersion?: boolean;
}

/** A new record: written, then cited (its id exists after the first flush). */
export async function createRecord<T extends Row, C extends Cited, N extends C>(
  steps: RecordSteps<T, C, N>,
  em: EntityManager,
  input: N,
  options: CreateOptions = {},
): Promise<T> {
  if (!steps.start) throw new Error(`${steps.type} records are not created through the API.`);
  // Outside the unit of work until `apply` has written its fields, so a query inside `apply` that
  // flushes (MikroORM's auto flush) never inserts a half-made row; persisted once applied.
  const record = em.create(steps.entity, (await steps.start(em, input)) as never, { persist: false });
  if (options.key !== undefined) record.key = options.key;
  await steps.apply(em, record, input, true);
  em.persist(record);
  await em.flush();
  await attachCitations(em, steps.type, record.id, input.citations, 'input.citations');
  if (options.recompute === false) return record;
  await em.flush();
  await steps.after?.(em, record, record.id);
  return record;
}

/** A change: written, citations replaced when given, the version raised. */
export async function updateRecord<T extends Row, C extends Cited>(
  steps: RecordSteps<T, C, unknown>,
  em: EntityManager,
  record: T,
  input: C,
  options: UpdateOptions = {},
): Promise<T> {
  await steps.apply(em, record, input, false);
  const keep = options.unchangedKeepsVersion === true;
  const cited = await attachCitations(em, steps.type, record.id, input.citations, 'input.citations', {
    replace: true,
    keepEqual: keep,
  });
  // Raise the version even when only links or citations changed, so every edit is visible to concurrent
  // editors; a reload raises it when its citations changed (a changed field raises it at the flush).
  if (!keep || cited) record.updatedAt = nowIso();
  if (options.recompute === false) return record;
  await em.flush();
  await steps.after?.(em, record, record.id);
  return record;
}

/** A deletion, with the record's citations (and what `removing` adds). */
export async function deleteRecord<T extends Row>(
  steps: RecordSteps<T, never, unknown>,
  em: EntityManager,
  record: T,
  options: { recompute?: boolean } = {},
): Promise<void> {
  const id = record.id;
  await deleteCitations(em, steps.type, [id]);
  await steps.removing?.(em, record);
  em.remove(record);
  await em.flush();
  if (options.recompute !== false) await steps.after?.(em, record, id);
}

/** A record type's three use cases over its steps, so each type states its steps only. */
export function useCasesOf<T extends Row, C extends Cited, N extends C = C>(steps: RecordSteps<T, C, N>) {
  return {
    create: (em: EntityManager, input: N, options?: CreateOptions): Promise<T> =>
      createRecord(steps, em, input, options),
    update: (em: EntityManager, record: T, input: C, options?: UpdateOptions): Promise<T> =>
      updateRecord(steps as RecordSteps<T, C, unknown>, em, record, input, options),
    remove: (em: EntityManager, record: T, options?: { recompute?: boolean }): Promise<void> =>
      deleteRecord(steps as never, em, record, options),
  };
}
