/**
 * Parsers for the shapes Sotkanet (THL's statistics bank) delivers: the REST API's JSON rows
 * `{"indicator":127,"region":851,"year":2017,"gender":"total","value":21928}` with region ids resolved
 * through its `regions` list (`{id, code, category, title}`), and its semicolon-separated CSV export.
 * A malformed input is rejected as a whole with the line and the reason.
 */

export interface SotkanetRegion {
  id: number;
  code: string;
  category: string;
  title?: Record<string, string> | string;
}

export interface SotkanetRow {
  /** 1-based line (CSV) or row number (JSON) the value came from. */
  line: number;
  indicator: number;
  /** Statistics Finland municipality code when the region is a municipality (KUNTA), else null. */
  municipalityCode: string | null;
  regionLabel: string;
  year: number;
  gender: string;
  value: number | null;
}

/** The forms of a Sotkanet export the parsers read. */
export const SOTKANET_FORMATS = ['JSON', 'CSV'] as const;
export type SotkanetFormat = (typeof SOTKANET_FORMATS)[number];

export class SotkanetFormatError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const GENDERS = new Set(['total', 'male', 'female']);

function regionIndex(regions: SotkanetRegion[] | undefined): Map<number, SotkanetRegion> {
  const map = new Map<number, SotkanetRegion>();
  for (const [i, r] of (regions ?? []).entries()) {
    if (!Number.isInteger(r?.id) || typeof r.code !== 'string' || typeof r.category !== 'string') {
      throw new SotkanetFormatError(i + 1, 'regions: each region needs a numeric id, a code and a category');
    }
    map.set(r.id, r);
  }
  return map;
}

function municipalityOf(region: SotkanetRegion): string | null {
  return region.category.toUpperCase() === 'KUNTA' ? region.code.padStart(3, '0') : null;
}

function checkRow(line: number, indicator: unknown, year: unknown, gender: unknown, value: unknown): void {
  if (!Number.isInteger(indicator) || (indicator as number) <= 0)
    throw new SotkanetFormatError(line, `indicator "${String(indicator)}" is not a positive integer`);
  if (!Number.isInteger(year) || (year as number) < 1900 || (year as number) > 2200)
    throw new SotkanetFormatError(line, `year "${String(year)}" is not a year`);
  if (typeof gender !== 'string' || !GENDERS.has(gender))
    throw new SotkanetFormatError(line, `gender "${String(gender)}" is not total, male or female`);
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
    throw new SotkanetFormatError(line, `value "${String(value)}" is not a number`);
}

/** JSON: an array of rows plus the regions list, or `{ "regions": [...], "data": [...] }`. */
export function parseSotkanetJson(text: string, regions?: SotkanetRegion[]): SotkanetRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const at = /position (\d+)/.exec(String((err as Error).message))?.[1];
    const line = at ? text.slice(0, Number(at)).split('\n').length : 1;
    throw new SotkanetFormatError(line, `not valid JSON (${(err as Error).message})`);
  }
  const bundle = Array.isArray(parsed)
    ? { data: parsed, regions }
    : (parsed as { data?: unknown; regions?: SotkanetRegion[] });
  if (!Array.isArray(bundle.data))
    throw new SotkanetFormatError(1, 'expected an array of rows or an object with a "data" array');
  const index = regionIndex(bundle.regions ?? regions);
  return bundle.data.map((raw, i) => {
    const line = i + 1;
    const r = raw as Record<string, unknown>;
    if (!r || typeof r !== 'object') throw new SotkanetFormatError(line, 'row is not an object');
    const value = r.value === undefined ? null : r.value;
    checkRow(line, r.indicator, r.year, r.gender ?? 'total', value);
    const region = index.get(Number(r.region));
    if (!region) throw new SotkanetFormatError(line, `region ${String(r.region)} is not in the regions list`);
    return {
      line,
      indicator: r.indicator as number,
      municipalityCode: municipalityOf(region),
      regionLabel: typeof region.title === 'string' ? region.title : (region.title?.fi ?? region.code),
      year: r.year as number,
      gender: (r.gender as string) ?? 'total',
      value: value as number | null,
    };
  });
}

const CSV_COLUMNS: Record<string, string[]> = {
  indicator: ['indicator', 'indikaattori', 'indicator id', 'indikaattori id'],
  region: ['region', 'alue', 'region id', 'alue id'],
  year: ['year', 'vuosi'],
  gender: ['gender', 'sukupuoli'],
  value: ['value', 'arvo', 'primary value'],
};

function parseNumber(cell: string): number | null {
  const t = cell.trim().replace(/\s|\u00a0/g, '');
  if (t === '' || t === '..' || t === '-') return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) && /^-?\d+([.,]\d+)?$/.test(t) ? n : Number.NaN;
}

/**
 * CSV export: `;`-separated with a header row naming at least indicator, region, year, gender and
 * value (English or Finnish names). Regions are Sotkanet region ids (resolved through `regions`) or,
 * without a regions list, municipality codes. Decimal commas and empty values ("..") are accepted.
 */
export function parseSotkanetCsv(text: string, regions?: SotkanetRegion[]): SotkanetRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(';').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const col: Record<string, number> = {};
  for (const [name, aliases] of Object.entries(CSV_COLUMNS)) {
    const at = header.findIndex((h) => aliases.includes(h));
    if (at < 0)
      throw new SotkanetFormatError(1, `header has no "${name}" column (found: ${header.join(', ')})`);
    col[name] = at;
  }
  const index = regions ? regionIndex(regions) : null;
  const rows: SotkanetRow[] = [];
  for (const [i, raw] of lines.entries()) {
    if (i === 0 || !raw.trim()) continue;
    const line = i + 1;
    const cells = raw.split(';').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length !== header.length)
      throw new SotkanetFormatError(line, `expected ${header.length} fields, found ${cells.length}`);
    const cell = (name: string) => cells[col[name] as number] ?? '';
    const indicator = Number(cell('indicator'));
    const year = Number(cell('year'));
    const gender = cell('gender') || 'total';
    const value = parseNumber(cell('value'));
    if (Number.isNaN(value)) throw new SotkanetFormatError(line, `value "${cell('value')}" is not a number`);
    checkRow(line, indicator, year, gender, value);
    const regionCell = cell('region');
    let municipalityCode: string | null;
    let regionLabel = regionCell;
    if (index) {
      const region = index.get(Number(regionCell));
      if (!region) throw new SotkanetFormatError(line, `region ${regionCell} is not in the regions list`);
      municipalityCode = municipalityOf(region);
      regionLabel = typeof region.title === 'string' ? region.title : (region.title?.fi ?? region.code);
    } else {
      if (!/^\d{1,3}$/.test(regionCell))
        throw new SotkanetFormatError(
          line,
          `region "${regionCell}" is not a municipality code (give a regions list for Sotkanet region ids)`,
        );
      municipalityCode = regionCell.padStart(3, '0');
    }
    rows.push({ line, indicator, municipalityCode, regionLabel, year, gender, value });
  }
  if (!rows.length) throw new SotkanetFormatError(2, 'no data rows');
  return rows;
}
