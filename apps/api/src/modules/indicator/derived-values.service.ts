import type { EntityManager } from '@mikro-orm/knex';
import { deriveOwnerValues, type OwnerFinance } from '@vertailu/indicators';
import { readFinance } from '../finance/finance-read.service';
import { IndicatorValue } from './indicator-value.entity';

type Owner = { type: 'Project'; ids: number[] | null } | { type: 'Practice'; ids: number[] | null };

/** The finance of projects or practices (all, or the given ids), as plain rows in one level of statements. */
export async function loadFinance(em: EntityManager, owner: Owner): Promise<OwnerFinance[]> {
  const finance = await readFinance(em, owner);
  return owner.type === 'Project' ? finance.projects : finance.practices;
}

/**
 * Recomputes the derived cost values of the given projects or practices (or all of them): their
 * old rows go, new ones are written in bulk. Call inside the transaction that changed the records.
 */
export async function recomputeDerivedValues(em: EntityManager, owner: Owner): Promise<number> {
  const series = owner.ids ? owner.ids.map((id) => `${owner.type}:${id}`) : null;
  await em.nativeDelete(IndicatorValue, {
    provenance: 'DERIVED',
    ...(series ? { series: { $in: series } } : { series: { $like: `${owner.type}:%` } }),
  });
  const finances = await loadFinance(em, owner);
  const rows = finances.flatMap((f) =>
    deriveOwnerValues(f).map((v) => ({
      indicator: v.indicator,
      municipality: v.municipalityCode,
      year: v.year,
      gender: 'total',
      series: `${f.ownerType}:${f.ownerId}`,
      value: v.value,
      cents: v.cents,
      missingReason: v.missingReason,
      provenance: 'DERIVED' as const,
      explanation: v.explanation,
    })),
  );
  if (rows.length) await em.insertMany(IndicatorValue, rows as never);
  return rows.length;
}

export async function recomputeAllDerivedValues(em: EntityManager): Promise<number> {
  return (
    (await recomputeDerivedValues(em, { type: 'Project', ids: null })) +
    (await recomputeDerivedValues(em, { type: 'Practice', ids: null }))
  );
}
