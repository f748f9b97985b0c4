import type { EntityManager } from '@mikro-orm/knex';
import { findPlain } from '../../db/plain';
import { Term, type Vocabulary } from './term.entity';

/** The terms of one controlled vocabulary by code (plain rows). */
export function termsOf(em: EntityManager, vocabulary: Vocabulary): Promise<Term[]> {
  return findPlain(em, Term, { vocabulary }, { code: 'asc' });
}

/** Terms of any vocabulary whose code is one of `codes` (plain rows). */
export function termsWithCodes(em: EntityManager, codes: string[]): Promise<Term[]> {
  return findPlain(em, Term, { code: { $in: codes } });
}
