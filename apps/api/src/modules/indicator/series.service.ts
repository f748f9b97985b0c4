import type { EntityManager } from '@mikro-orm/knex';
import { exactEuros } from '@vertailu/indicators';
import { badInput } from '../../core/domain-error';
import { checkYearRange } from '../../core/validate';
import { findPlain } from '../../db/plain';
import { Municipality } from '../municipality/municipality.entity';
import { loadSeries } from './comparison.service';
import { Indicator } from './indicator.entity';

/** One year of an indicator for one municipality (served as `SeriesPoint`, series.types.ts). */
export interface SeriesPointRow {
  municipality: Municipality;
  year: number;
  value: number | null;
  exact: string | null;
  missingReason: string | null;
}

/** A summed indicator year by year (e.g. project costs spread over the years they ran), grouped in SQL. */
export async function indicatorSeries(
  em: EntityManager,
  codes: string[],
  indicatorCode: string,
  range: { from?: number | null; to?: number | null } | undefined,
): Promise<SeriesPointRow[]> {
  if (!codes.length || codes.length > 400) throw badInput('municipalities', 'give 1–400 municipality codes.');
  const [indicator] = await findPlain(em, Indicator, { code: indicatorCode });
  if (!indicator || (indicator.aggregation !== 'SUM' && indicator.aggregation !== 'LATEST')) {
    throw badInput('indicator', `"${indicatorCode.slice(0, 60)}" is not an indicator stored by year.`);
  }
  const years = checkYearRange(range, 'years');
  const municipalities = new Map(
    (await findPlain(em, Municipality, { code: { $in: codes } })).map((m) => [m.code, m]),
  );
  codes.forEach((c, i) => {
    if (!municipalities.has(c))
      throw badInput(`municipalities[${i}]`, `"${c.slice(0, 20)}" is not a known municipality code.`);
  });
  const series = await loadSeries(em, [indicator.code], codes, years);
  const points: SeriesPointRow[] = [];
  for (const code of codes) {
    for (const [year, cell] of series.get(indicator.code)?.get(code) ?? []) {
      if (year === null) continue;
      const known = cell.known === cell.n;
      points.push({
        municipality: municipalities.get(code) as Municipality,
        year,
        value: known ? cell.total : null,
        exact: known && cell.cents !== null ? exactEuros(cell.cents) : null,
        missingReason: known ? null : (cell.reason ?? 'AMOUNT_UNKNOWN'),
      });
    }
  }
  return points.sort((a, b) => a.year - b.year || a.municipality.code.localeCompare(b.municipality.code));
}
