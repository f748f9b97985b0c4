import {
  type EntityClass,
  ForeignKeyConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badInput, conflict, notFound, staleVersion } from '../../core/domain-error';
import type { VersionedEntity } from '../../db/base.entity';
import { numericIdOf } from '../../graphql/global-id';
import { bumpDataVersion } from '../../db/data-version';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Outcome } from '../outcome/outcome.entity';
import type { Practice } from '../practice/practice.entity';
import type { Project } from '../project/project.entity';
import { Citation } from '../source/citation.entity';
import { Term, type Vocabulary } from '../vocabulary/term.entity';
import { TermLink } from '../vocabulary/term-link.entity';

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

/** Loads a versioned record for an edit and checks the caller edited the current version. */
export async function loadForEdit<T extends VersionedEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  version: number,
  field = 'input.id',
): Promise<T> {
  const id = numericIdOf(entity.name, globalId, field);
  const record = await em.findOne(entity, { id } as never);
  if (!record) throw notFound(entity.name, globalId);
  if (!Number.isInteger(version) || version < 1)
    throw badInput('input.version', 'must be a positive integer.');
  if (record.version !== version) throw staleVersion(entity.name, globalId, version, record.version);
  return record;
}

export async function requireMunicipality(
  em: EntityManager,
  code: string,
  field: string,
): Promise<Municipality> {
  const m = /^\d{3}$/.test(code) ? await em.findOne(Municipality, { code }) : null;
  if (!m) throw badInput(field, `"${code.slice(0, 20)}" is not a known municipality code.`);
  return m;
}

export async function requireTerm(
  em: EntityManager,
  vocabulary: Vocabulary,
  code: string,
  field: string,
): Promise<Term> {
  const term = await em.findOne(Term, { vocabulary, code: code.slice(0, 60) });
  if (!term)
    throw badInput(
      field,
      `"${code.slice(0, 60)}" is not a ${vocabulary.toLowerCase().replace('_', ' ')} code.`,
    );
  return term;
}

/** Replaces an owner's links to one vocabulary (sectors or target groups). */
export async function replaceTermLinks(
  em: EntityManager,
  owner: { project: Project | null; practice: Practice | null },
  vocabulary: Vocabulary,
  codes: string[] | undefined,
  field: string,
): Promise<void> {
  if (codes === undefined) return;
  if (codes.length > 50) throw badInput(field, 'at most 50 codes.');
  const terms: Term[] = [];
  for (const [i, code] of [...new Set(codes)].entries())
    terms.push(await requireTerm(em, vocabulary, code, `${field}[${i}]`));
  const ownerWhere = owner.project ? { project: owner.project } : { practice: owner.practice };
  const existing = await em.find(TermLink, { ...ownerWhere, term: { vocabulary } });
  em.remove(existing);
  for (const term of terms) em.create(TermLink, { ...owner, term });
}

/** Citations of an owner's detail records; the rows themselves go by ON DELETE CASCADE. */
export async function deleteOwnedCitations(
  em: EntityManager,
  owner: 'project' | 'practice',
  ownerId: number,
): Promise<void> {
  for (const entity of [CostItem, FundingLine, Outcome] as EntityClass<VersionedEntity>[]) {
    const rows = await em.find(entity, { [owner]: ownerId } as never, { fields: ['id'] as never });
    if (rows.length) {
      await em.nativeDelete(Citation, {
        subjectType: entity.name,
        subjectId: { $in: rows.map((r) => String(r.id)) },
      });
    }
  }
}
