import type { EntityManager } from '@mikro-orm/knex';
import { CATALOGUE, type IndicatorCategory } from '@vertailu/indicators';
import { findPlain } from '../../db/plain';
import { Indicator } from './indicator.entity';

/** The catalogue as stored, optionally of one category, by category and code (plain rows). */
export function listIndicators(em: EntityManager, category?: IndicatorCategory | null): Promise<Indicator[]> {
  return findPlain(em, Indicator, category ? { category } : {}, { category: 'asc', code: 'asc' });
}

/** Writes the indicator catalogue (code in @vertailu/indicators) into the database. */
export async function syncCatalogue(em: EntityManager): Promise<void> {
  for (const d of CATALOGUE) {
    await em.upsert(Indicator, {
      code: d.code,
      nameFi: d.nameFi,
      nameEn: d.nameEn,
      unit: d.unit,
      category: d.category,
      polarity: d.polarity,
      definition: d.definition,
      source: d.source,
      definitionFi: d.definitionFi,
      sourceFi: d.sourceFi,
      aggregation: d.aggregation,
      normalizable: d.normalizable,
      ratioNumerator: d.ratio?.numerator ?? null,
      ratioDenominator: d.ratio?.denominator ?? null,
      ratioFactor: d.ratio?.factor ?? null,
      sotkanetId: d.sotkanetId ?? null,
    });
  }
}
