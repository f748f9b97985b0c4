import type { EntityManager } from '@mikro-orm/knex';
import {
  parseSotkanetCsv,
  parseSotkanetJson,
  SotkanetFormatError,
  type SotkanetRegion,
  type SotkanetRow,
} from '@vertailu/indicators';
import { Field, Int, ObjectType } from 'type-graphql';
import { badInput, type DomainError } from '../../core/domain-error';
import type { SotkanetFormat } from '../../graphql/enums';
import { Municipality } from '../municipality/municipality.entity';
import { Indicator } from './indicator.entity';
import { IndicatorValue } from './indicator-value.entity';

// Registered with every other enum in graphql/enums.ts; re-exported for this module's importers.
export { type SotkanetFormat, SotkanetFormatEnum } from '../../graphql/enums';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

@ObjectType({ description: 'What a statistics import did.' })
export class ImportResult {
  @Field(() => Int, { description: 'Data rows read.' })
  rows!: number;

  @Field(() => Int, { description: 'Values added.' })
  inserted!: number;

  @Field(() => Int, { description: 'Values changed (or taken over from the context table).' })
  updated!: number;

  @Field(() => Int, { description: 'Values already there with the same value.' })
  unchanged!: number;

  @Field(() => Int, {
    description: 'Rows skipped because the region is not a municipality (maakunta, whole country …).',
  })
  skippedRegions!: number;

  @Field(() => [Int], {
    description: 'Sotkanet indicator ids with no indicator in the catalogue (their rows were skipped).',
  })
  skippedIndicators!: number[];

  @Field(() => [String], { description: 'Municipality codes not in the database (their rows were skipped).' })
  skippedMunicipalities!: string[];
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
