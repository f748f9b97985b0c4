import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badInput, notFound, staleVersion } from '../../core/domain-error';
import { toGlobalId } from '../../core/record-id';
import type { VersionedEntity } from '../../db/base.entity';
import { Municipality } from '../municipality/municipality.entity';
import type { Owner } from '../owner/owner';
import { Term, type Vocabulary } from '../vocabulary/term.entity';
import { TermLink } from '../vocabulary/term-link.entity';
import { deleteCitations } from './citation.service';

/** Loads a versioned record (database id) for an edit and checks the caller edited the current version. */
export async function loadVersioned<T extends VersionedEntity>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: number,
  version: number,
): Promise<T> {
  const record = await em.findOne(entity, { id } as never);
  if (!record) throw notFound(entity.name, toGlobalId(entity.name, id));
  if (!Number.isInteger(version) || version < 1)
    throw badInput('input.version', 'must be a positive integer.');
  if (record.version !== version)
    throw staleVersion(entity.name, toGlobalId(entity.name, id), version, record.version);
  return record;
}

/** A referenced record by database id: null clears the reference, a missing row is BAD_INPUT at `field`. */
export async function referenceOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: number | null,
  field: string,
  what: string,
): Promise<T | null> {
  if (id === null) return null;
  const record = await em.findOne(entity, { id } as never);
  if (!record) throw badInput(field, `no such ${what}.`);
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
  owner: Owner,
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
  await replaceLinks(em, {
    record: (owner.project ?? owner.practice) as { id?: number },
    type: 'TermLink',
    find: () => em.find(TermLink, { ...ownerWhere, term: { vocabulary } }, { populate: ['term'] }),
    keyOf: (link) => link.term.code,
    wanted: new Map(terms.map((t) => [t.code, t])),
    create: (term) => em.create(TermLink, { ...owner, term }),
  });
}

/**
 * Replaces a record's links of one kind (its municipalities, its sectors …) by `wanted`, matched by
 * `keyOf`: a link that stays is kept as it is — its key, its flags, its passages — a dropped one goes
 * with its citations, a wanted one not there is created. A record being created has no links and no id
 * to find them by: it is not queried (a missing id would read as a null key, every other owner's links).
 */
export async function replaceLinks<L extends { id: number }, W>(
  em: EntityManager,
  links: {
    record: { id?: number };
    type: string;
    find: () => Promise<L[]>;
    keyOf: (link: L) => string;
    wanted: Map<string, W>;
    create: (wanted: W) => void;
  },
): Promise<void> {
  const existing = links.record.id ? await links.find() : [];
  const missing = new Map(links.wanted);
  const dropped = existing.filter((l) => !missing.delete(links.keyOf(l)));
  await deleteCitations(
    em,
    links.type,
    dropped.map((l) => l.id),
  );
  em.remove(dropped);
  for (const w of missing.values()) links.create(w);
}
