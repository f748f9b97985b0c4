import type { EntityManager } from '@mikro-orm/knex';
import { nowIso } from '../../db/base.entity';
import { attachCitations, type CitationCommand, deleteCitations } from './citation.service';

/**
 * What one editable record type does at each step of its use cases; the order of the steps is the
 * same for every type and lives in `createRecord`, `updateRecord` and `deleteRecord` below.
 */
export interface RecordSteps<T extends { id: number; updatedAt: string }, C, N = C> {
  /** The citation subject type (the GraphQL type name). */
  type: string;
  /** A new, unflushed record from a creation's command, after the checks that need no record. */
  start?(em: EntityManager, input: N): Promise<T> | T;
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
   * `false` leaves the derived values to the caller, who adds what they derive from (costs, funding
   * lines) in the same transaction and recomputes them once (draft acceptance).
   */
  recompute?: boolean;
}

/** A new record: written, then cited (its id exists after the first flush). */
export async function createRecord<T extends { id: number; updatedAt: string }, C extends Cited, N extends C>(
  steps: RecordSteps<T, C, N>,
  em: EntityManager,
  input: N,
  options: CreateOptions = {},
): Promise<T> {
  if (!steps.start) throw new Error(`${steps.type} records are not created through the API.`);
  const record = await steps.start(em, input);
  await steps.apply(em, record, input, true);
  await em.flush();
  await attachCitations(em, steps.type, record.id, input.citations, 'input.citations');
  await em.flush();
  if (options.recompute !== false) await steps.after?.(em, record, record.id);
  return record;
}

/** A change: written, citations replaced when given, the version raised. */
export async function updateRecord<T extends { id: number; updatedAt: string }, C extends Cited>(
  steps: RecordSteps<T, C, unknown>,
  em: EntityManager,
  record: T,
  input: C,
): Promise<T> {
  await steps.apply(em, record, input, false);
  await attachCitations(em, steps.type, record.id, input.citations, 'input.citations', { replace: true });
  // Raise the version even when only links or citations changed, so every edit is visible to concurrent editors.
  record.updatedAt = nowIso();
  await em.flush();
  await steps.after?.(em, record, record.id);
  return record;
}

/** A deletion, with the record's citations (and what `removing` adds). */
export async function deleteRecord<T extends { id: number; updatedAt: string }>(
  steps: RecordSteps<T, never, unknown>,
  em: EntityManager,
  record: T,
): Promise<void> {
  const id = record.id;
  await deleteCitations(em, steps.type, [id]);
  await steps.removing?.(em, record);
  em.remove(record);
  await em.flush();
  await steps.after?.(em, record, id);
}

/** A record type's three use cases over its steps, so each type states its steps only. */
export function useCasesOf<T extends { id: number; updatedAt: string }, C extends Cited, N extends C = C>(
  steps: RecordSteps<T, C, N>,
) {
  return {
    create: (em: EntityManager, input: N, options?: CreateOptions): Promise<T> =>
      createRecord(steps, em, input, options),
    update: (em: EntityManager, record: T, input: C): Promise<T> =>
      updateRecord(steps as RecordSteps<T, C, unknown>, em, record, input),
    remove: (em: EntityManager, record: T): Promise<void> => deleteRecord(steps as never, em, record),
  };
}
