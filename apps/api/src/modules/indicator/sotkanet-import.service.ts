import type { EntityManager } from '@mikro-orm/knex';
import {
  parseSotkanetCsv,
  parseSotkanetJson,
  type SotkanetFormat,
  SotkanetFormatError,
  type SotkanetRegion,
  type SotkanetRow,
} from '@vertailu/indicators';
import { badInput, type DomainError } from '../../core/domain-error';
import { Municipality } from '../municipality/municipality.entity';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** What a statistics import did (served by `SotkanetImportResult`, sotkanet-import.types.ts). */
export interface ImportResult {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skippedRegions: number;
  skippedIndicators: number[];
  skippedMunicipalities: string[];
}

function inputError(field: string, message: string, line?: number): DomainError {
  return badInput(field, message, line ? { line } : {});
}

export function parseSotkanet(
  format: SotkanetFormat,
  content: string,
  regionsJson?: string | null,
): SotkanetRow[] {
  if (Buffer.byteLength(content, 'utf8') > MAX_IMPORT_BYTES)
    throw inputError('content', `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let regions: SotkanetRegion[] | undefined;
  if (regionsJson) {
    try {
      regions = JSON.parse(regionsJson) as SotkanetRegion[];
      if (!Array.isArray(regions)) throw new Error('not an array');
    } catch (err) {
      throw inputError('regions', `is not a JSON list of regions (${(err as Error).message}).`);
    }
  }
  try {
    return format === 'JSON' ? parseSotkanetJson(content, regions) : parseSotkanetCsv(content, regions);
  } catch (err) {
    if (err instanceof SotkanetFormatError)
      throw inputError('content', `line ${err.line}: ${err.reason}`, err.line);
    throw err;
  }
}

/**
 * Writes parsed rows as IMPORTED indicator values, in the caller's transaction. Idempotent: a
 * value is keyed by indicator, municipality, year and gender, so a re-import updates in place.
 */
export async function importSotkanetRows(em: EntityManager, rows: SotkanetRow[]): Promise<ImportResult> {
  const indicators = await em.find(Indicator, {
    sotkanetId: { $in: [...new Set(rows.map((r) => r.indicator))] },
  });
  const indicatorById = new Map(indicators.map((i) => [i.sotkanetId as number, i]));
  const codes = [...new Set(rows.map((r) => r.municipalityCode).filter((c): c is string => c !== null))];
  const known = new Set((await em.find(Municipality, { code: { $in: codes } })).map((m) => m.code));
  const result: ImportResult = {
    rows: rows.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skippedRegions: 0,
    skippedIndicators: [],
    skippedMunicipalities: [],
  };
  const usable = rows.filter((r) => {
    if (r.municipalityCode === null) {
      result.skippedRegions++;
      return false;
    }
    if (!indicatorById.has(r.indicator)) {
      if (!result.skippedIndicators.includes(r.indicator)) result.skippedIndicators.push(r.indicator);
      return false;
    }
    if (!known.has(r.municipalityCode)) {
      if (!result.skippedMunicipalities.includes(r.municipalityCode))
        result.skippedMunicipalities.push(r.municipalityCode);
      return false;
    }
    return true;
  });
  const existing = await em.find(IndicatorValue, {
    series: 'statistics',
    indicator: { $in: indicators.map((i) => i.code) },
    municipality: { $in: [...known] },
  });
  const key = (indicator: string, code: string, year: number | null, gender: string) =>
    `${indicator}|${code}|${year}|${gender}`;
  const byKey = new Map(
    existing.map((v) => [key(v.indicator.code, v.municipality.code, v.year, v.gender), v]),
  );
  const importedAt = new Date().toISOString();
  for (const r of usable) {
    const indicator = indicatorById.get(r.indicator) as Indicator;
    const k = key(indicator.code, r.municipalityCode as string, r.year, r.gender);
    const current = byKey.get(k);
    const sourceNote = `Sotkanet indicator ${r.indicator}, region ${r.regionLabel} (input line ${r.line})`;
    if (current && current.value === r.value && current.provenance === 'IMPORTED') {
      result.unchanged++;
      continue;
    }
    const value =
      current ??
      em.create(IndicatorValue, {
        indicator,
        municipality: r.municipalityCode,
        year: r.year,
        gender: r.gender,
        series: 'statistics',
        provenance: 'IMPORTED',
      } as never);
    em.assign(value, {
      value: r.value,
      missingReason: r.value === null ? 'NOT_REPORTED' : null,
      provenance: 'IMPORTED',
      sourceNote,
      importedAt,
    });
    if (current) result.updated++;
    else {
      result.inserted++;
      byKey.set(k, value);
    }
  }
  await em.flush();
  return result;
}
