import type { EntityManager } from '@mikro-orm/knex';
import type { Dataset } from '@vertailu/data';
import { IndicatorValue } from './indicator-value.entity';

/**
 * Loads population.csv as POPULATION values (provenance CONTEXT). A value already imported from
 * official statistics for the same year wins: the import replaces the collected figure.
 */
export async function loadPopulation(em: EntityManager, dataset: Dataset): Promise<IndicatorValue[]> {
  const existing = await em.find(IndicatorValue, {
    indicator: 'POPULATION',
    series: 'statistics',
    gender: 'total',
  });
  const byKey = new Map(existing.map((v) => [`${v.municipality.code}:${v.year}`, v]));
  const written: IndicatorValue[] = [];
  for (const row of dataset.population) {
    const current = byKey.get(`${row.municipalityCode}:${row.year}`);
    if (current?.provenance === 'IMPORTED') continue;
    const value =
      current ??
      em.create(IndicatorValue, {
        indicator: 'POPULATION',
        municipality: row.municipalityCode,
        year: row.year,
        gender: 'total',
        series: 'statistics',
        provenance: 'CONTEXT',
      } as never);
    em.assign(value, {
      value: row.population,
      missingReason: null,
      provenance: 'CONTEXT',
      sourceNote: `${row.source} (${row.asOf})`,
    });
    written.push(value);
  }
  return written;
}
