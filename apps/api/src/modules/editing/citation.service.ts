import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { namedPerson, personalDataNeedles } from '@vertailu/data';
import { badInput } from '../../core/domain-error';
import { checkText } from '../../core/validate';
import type { VersionedEntity } from '../../db/base.entity';
import { CostItem } from '../finance/cost-item.entity';
import { FundingLine } from '../finance/funding-line.entity';
import { Outcome } from '../outcome/outcome.entity';
import { Person } from '../person/person.entity';
import { Citation } from '../source/citation.entity';
import { Source } from '../source/source.entity';

/** A citation as the use cases take it: `CitationInput` with its source's database id. */
export interface CitationCommand {
  sourceId: number;
  quote: string;
  occurrence?: number;
  start?: number;
  field?: string;
  note?: string;
}

/** Records whose citations are personal data themselves (read with a key only). */
const PERSONAL_SUBJECTS = new Set(['Person', 'Contact']);

/** A citation's identity: where it points and what it says, not which row holds it. */
const citationKey = (c: Citation): string =>
  JSON.stringify([c.source.id, c.start, c.end, c.quote, c.field ?? null, c.note ?? null]);

/**
 * Validates citation inputs against the stored source texts (the quote must really be there) and
 * persists them for a record; with `replace`, the record's earlier citations go — unless, with
 * `keepEqual`, they are the same citations (a reload). Whether the record's citations changed.
 */
export async function attachCitations(
  em: EntityManager,
  subjectType: string,
  subjectId: number | string,
  inputs: CitationCommand[] | undefined,
  field: string,
  opts: { replace?: boolean; keepEqual?: boolean } = {},
): Promise<boolean> {
  if (inputs === undefined) return false;
  if (inputs.length > 50) throw badInput(field, 'at most 50 citations per record.');
  // Read before the new ones are created (a query flushes pending rows of its entity first).
  const replaced = opts.replace ? await em.find(Citation, { subjectType, subjectId: String(subjectId) }) : [];
  const prepared: Citation[] = [];
  const sources = new Map<number, Source>();
  // The personal-data policy of the data set, on this path too: a public record's passage names no person.
  const needles = PERSONAL_SUBJECTS.has(subjectType)
    ? []
    : personalDataNeedles(
        await em.find(Person, {}, { fields: ['name', 'email'] as never, disableIdentityMap: true }),
      );
  for (const [i, c] of inputs.entries()) {
    const path = `${field}[${i}]`;
    checkText(c.quote, `${path}.quote`, { max: 5000, required: true });
    checkText(c.field, `${path}.field`, { max: 80 });
    checkText(c.note, `${path}.note`, { max: 2000 });
    const named = namedPerson(c.quote, needles) ?? namedPerson(c.note, needles);
    if (named)
      throw badInput(
        `${path}.quote`,
        'names a person (personal data): a public record cites the organisation or the passage without the name; people are cited in contacts, which need a key.',
      );
    // One read of a source's text per call, however many passages cite it.
    const source =
      sources.get(c.sourceId) ?? (await em.findOne(Source, c.sourceId, { populate: ['text'] as never }));
    if (!source) throw badInput(`${path}.sourceId`, 'no such source.');
    sources.set(c.sourceId, source);
    let start = -1;
    if (c.start != null) {
      // Sent back as read: the quote must still stand at that offset.
      if (!Number.isInteger(c.start) || c.start < 0)
        throw badInput(`${path}.start`, 'must be an offset into the source text (0 or more).');
      if (!source.text.startsWith(c.quote, c.start))
        throw badInput(`${path}.quote`, `does not stand at offset ${c.start} of the source.`);
      start = c.start;
    } else {
      const occurrence = c.occurrence ?? 1;
      if (!Number.isInteger(occurrence) || occurrence < 1)
        throw badInput(`${path}.occurrence`, 'must be 1 or more.');
      for (let n = 0; n < occurrence; n++) {
        start = source.text.indexOf(c.quote, start + 1);
        if (start < 0) break;
      }
      if (start < 0)
        throw badInput(
          `${path}.quote`,
          `does not occur ${occurrence > 1 ? `${occurrence} times ` : ''}in the source.`,
        );
    }
    prepared.push(
      em.create(
        Citation,
        {
          source,
          subjectType,
          subjectId: String(subjectId),
          field: c.field ?? null,
          quote: c.quote,
          start,
          end: start + c.quote.length,
          note: c.note ?? null,
        },
        { persist: false },
      ),
    );
  }
  if (opts.keepEqual) {
    const before = replaced.map(citationKey).sort();
    const after = prepared.map(citationKey).sort();
    if (before.length === after.length && before.every((k, i) => k === after[i])) return false;
  }
  // Removed through the unit of work, so the audit log records each replaced citation.
  if (replaced.length) em.remove(replaced);
  em.persist(prepared);
  return replaced.length > 0 || prepared.length > 0;
}

export async function deleteCitations(
  em: EntityManager,
  subjectType: string,
  subjectIds: (number | string)[],
): Promise<void> {
  if (subjectIds.length)
    await em.nativeDelete(Citation, { subjectType, subjectId: { $in: subjectIds.map(String) } });
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
