import {
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { conflict } from '../core/domain-error';
import { bumpDataVersion } from './data-version';

/**
 * Runs a mutation in one transaction. Anything thrown rolls it back, so a rejected mutation
 * changes nothing; a concurrent write detected by the version column becomes CONFLICT.
 */
export async function inTransaction<T>(
  em: EntityManager,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      const result = await work(tx);
      // Also for mutations that only ran native statements (no flush, so no subscriber call).
      await bumpDataVersion(tx);
      return result;
    });
  } catch (err) {
    if (err instanceof OptimisticLockError)
      throw conflict(
        'The record was changed by someone else meanwhile. Reload it and apply your change again.',
      );
    if (err instanceof UniqueConstraintViolationException)
      throw conflict('A record with the same identity already exists.');
    if (err instanceof ForeignKeyConstraintViolationException)
      throw conflict('The record is still referenced by other records.');
    throw err;
  }
}
