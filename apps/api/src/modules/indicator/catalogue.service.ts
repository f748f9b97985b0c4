import type { EntityManager } from '@mikro-orm/knex';
import { CATALOGUE } from '@vertailu/indicators';
import { Indicator } from './indicator.entity';

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
