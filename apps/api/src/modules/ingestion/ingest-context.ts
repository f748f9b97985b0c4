import type { EntityManager } from '@mikro-orm/knex';
import type { IngestContext, KnownCodes } from '@vertailu/ingest';
import { Municipality } from '../municipality/municipality.entity';
import { Term } from '../vocabulary/term.entity';

/** What the ingester maps documents onto, read from the database (so loaded municipalities count too). */
export async function loadIngestContext(em: EntityManager): Promise<IngestContext & { codes: KnownCodes }> {
  const municipalities = await em.find(Municipality, {}, { fields: ['code', 'nameFi'] as never });
  const terms = await em.find(Term, {});
  const of = (vocabulary: Term['vocabulary']) =>
    terms
      .filter((t) => t.vocabulary === vocabulary)
      .map((t) => ({ code: t.code, nameFi: t.nameFi, nameEn: t.nameEn, aliasesFi: t.aliasesFi }));
  const context = {
    municipalities: municipalities.map((m) => ({ code: m.code, nameFi: m.nameFi })),
    sectors: of('SECTOR'),
    targetGroups: of('TARGET_GROUP'),
    outcomeDomains: of('OUTCOME_DOMAIN'),
  };
  return {
    ...context,
    codes: {
      municipalities: new Set(context.municipalities.map((m) => m.code)),
      sectors: new Set(context.sectors.map((t) => t.code)),
      targetGroups: new Set(context.targetGroups.map((t) => t.code)),
      outcomeDomains: new Set(context.outcomeDomains.map((t) => t.code)),
    },
  };
}
