/**
 * Pure pieces every page needs at national scale (309 municipalities, tens of thousands of records):
 * which municipalities are shown, a page of a long list with its visible count, a municipality's rank
 * among all and its county's median, and sorting with unknown values last.
 */
import { median } from '../national/model';

export interface RegisterEntry {
  code: string;
  nameFi: string;
  nameSv: string;
  wellbeingServicesCounty: string | null;
  hasDevelopmentWork: boolean;
  serviceOrganiser: { code: string };
}

/**
 * The compared municipalities: the ones chosen (`?m=`, in the order chosen), else those with development
 * work in the data (by name), either narrowed to the chosen county. Every one of them: no cap.
 */
export function shownMunicipalities<R extends RegisterEntry>(
  register: readonly R[],
  chosen: readonly string[],
  county: string | null,
): R[] {
  const inCounty = (m: R) => !county || m.wellbeingServicesCounty === county;
  if (chosen.length) {
    const byCode = new Map(register.map((m) => [m.code, m]));
    return chosen.flatMap((c) => {
      const m = byCode.get(c);
      return m && inCounty(m) ? [m] : [];
    });
  }
  return register
    .filter((m) => m.hasDevelopmentWork && inCounty(m))
    .sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
}

export interface PageOf<T> {
  items: T[];
  /** 0-based page shown (clamped to the last page). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 when there is none. */
  from: number;
  to: number;
  total: number;
}

/** One page of a list, with what a visible count needs ("26–50 / 309"). */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page) || 0), pages - 1);
  const shown = items.slice(current * size, current * size + size);
  return {
    items: shown,
    page: current,
    pages,
    from: shown.length ? current * size + 1 : 0,
    to: current * size + shown.length,
    total: items.length,
  };
}

/** A page of a list the server pages: the same count from the server's total. */
export function serverPage(
  offset: number,
  shown: number,
  total: number,
  size: number,
): Omit<PageOf<never>, 'items'> {
  return {
    page: Math.floor(offset / size),
    pages: Math.max(1, Math.ceil(total / size)),
    from: shown ? offset + 1 : 0,
    to: shown ? offset + shown : 0,
    total,
  };
}

/** "26–50 / 309"; "0 / 11" on a page past a list's end; "0 / 0" for an empty list. */
export function countText(of: Pick<PageOf<never>, 'from' | 'to' | 'total'>): string {
  return of.from ? `${of.from}–${of.to} / ${of.total}` : `0 / ${of.total}`;
}

export interface NationalRow {
  municipality: { code: string };
  value: number | null;
  rank: number | null;
}

export interface RankContext {
  value: number | null;
  /** Rank among every municipality with a value (1 = largest), and how many have one. */
  rank: number | null;
  ranked: number;
  /** Median of the known values of the municipalities its county (or Helsinki, or Åland) organises. */
  countyMedian: number | null;
  /** How many of the county's municipalities have a value. */
  countyKnown: number;
}

/** Each municipality's rank among all and its county's median, from one indicator compared nationally. */
export function rankContexts(
  rows: readonly NationalRow[],
  register: readonly RegisterEntry[],
): Map<string, RankContext> {
  const organiser = new Map(register.map((m) => [m.code, m.serviceOrganiser.code]));
  const byCounty = new Map<string, number[]>();
  for (const r of rows) {
    const group = organiser.get(r.municipality.code) ?? '';
    const values = byCounty.get(group) ?? [];
    if (r.value != null) values.push(r.value);
    byCounty.set(group, values);
  }
  const ranked = rows.filter((r) => r.value != null).length;
  return new Map(
    rows.map((r) => {
      const values = byCounty.get(organiser.get(r.municipality.code) ?? '') ?? [];
      return [
        r.municipality.code,
        { value: r.value, rank: r.rank, ranked, countyMedian: median(values), countyKnown: values.length },
      ];
    }),
  );
}

/** "sija 12 / 309 · alueen mediaani 1 234 €", or null when the municipality has no value to rank. */
export function rankLine(
  c: RankContext | undefined,
  format: (v: number) => string,
  words: { rank: string; countyMedian: string },
): string | null {
  if (!c || c.rank == null) return null;
  const medianText = c.countyMedian != null ? ` · ${words.countyMedian} ${format(c.countyMedian)}` : '';
  return `${words.rank} ${c.rank} / ${c.ranked}${medianText}`;
}

/**
 * Codes sorted by a value, largest first (or smallest with `ascending`); unknown values last either way —
 * they are not small. Ties by name.
 */
export function sortByValue(
  codes: readonly string[],
  valueIn: (code: string) => number | null | undefined,
  nameOf: (code: string) => string,
  ascending = false,
): string[] {
  return [...codes].sort((a, b) => {
    const va = valueIn(a);
    const vb = valueIn(b);
    if (va == null || vb == null) {
      if (va == null && vb == null) return nameOf(a).localeCompare(nameOf(b), 'fi');
      return va == null ? 1 : -1;
    }
    return (ascending ? va - vb : vb - va) || nameOf(a).localeCompare(nameOf(b), 'fi');
  });
}

/**
 * The municipalities a list of records (Catalogue, Timeline) is narrowed to, as every other page narrows
 * its municipalities: the chosen set (`?m=`) within the chosen county — an empty list when none of it is
 * in the county, so nothing is listed —, else the county's municipalities, else null: every record. (With
 * no set chosen, the compared ones are those with development work, and every record is of one of them.)
 */
export function listedMunicipalities(
  register: readonly RegisterEntry[],
  chosen: readonly string[],
  county: string | null,
): string[] | null {
  if (chosen.length) return shownMunicipalities(register, chosen, county).map((m) => m.code);
  if (!county) return null;
  return register.filter((m) => m.wellbeingServicesCounty === county).map((m) => m.code);
}

/** A page's codes as its queries ask them: in one order, so re-sorting a page asks nothing again. */
export function askedCodes(codes: readonly string[]): string[] {
  return [...codes].sort();
}
