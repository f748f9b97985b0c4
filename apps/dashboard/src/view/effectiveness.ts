import type { Lang, Texts } from '../i18n';
import { evidenceLabel } from './figures';
import { outcomeText } from './outcomes';

interface OutcomeLike {
  id: string;
  summaryEn: string;
  summaryFi?: string | null;
  value: number | null;
  unit: string | null;
  valueDescription?: string | null;
  direction: string;
  evidenceLevel: number;
  /** Absent where only the summary was asked (the matrix): then no passage stands in for a summary. */
  citations?: { quote: string }[];
}

/** What a matrix cell shows: counts by direction and the strongest evidence (no results: they are asked when opened). */
export interface CellCountsLike {
  domain: { code: string };
  direction: string | null;
  evidenceLevel: number | null;
  count: number;
  improvedCount: number;
  worsenedCount: number;
}

/** One page of the outcome matrix as `outcomeMatrixPage` serves it. */
export interface MatrixPageLike {
  totalCount: number;
  offset: number;
  domains: { code: string; nameFi: string; nameEn: string }[];
  rows: { municipality: { code: string; nameFi: string }; cells: CellCountsLike[] }[];
}

export interface MatrixCell {
  key: string;
  empty: boolean;
  /** "▲ 7 ▼ 2 ? 1": counts by direction, only the directions present. */
  counts: string;
  /** Words for screen readers and print: "7 parantunut, 2 heikentynyt". */
  countsText: string;
  evidence: string | null;
  direction: string;
  level: number | null;
}

export interface MatrixModel {
  domains: { code: string; name: string }[];
  rows: { code: string; name: string; cells: MatrixCell[] }[];
}

const EMPTY = { empty: true, counts: '', countsText: '', evidence: null, direction: 'NONE', level: null };

/** The page's rows and columns; an empty cell is "no results reported", never a zero. */
export function effectivenessModel(
  page: MatrixPageLike | null | undefined,
  t: Texts,
  lang: Lang,
): MatrixModel {
  if (!page) return { domains: [], rows: [] };
  const domains = page.domains.map((d) => ({ code: d.code, name: lang === 'fi' ? d.nameFi : d.nameEn }));
  const rows = page.rows.map(({ municipality: m, cells }) => ({
    code: m.code,
    name: m.nameFi,
    cells: domains.map((d): MatrixCell => {
      const key = `${m.code}:${d.code}`;
      const c = cells.find((x) => x.domain.code === d.code);
      if (!c || c.count === 0) return { key, ...EMPTY };
      const other = c.count - c.improvedCount - c.worsenedCount;
      const parts: [string, number, string][] = [
        ['▲', c.improvedCount, t.directions.IMPROVED],
        ['▼', c.worsenedCount, t.directions.WORSENED],
        ['?', other, lang === 'fi' ? 'ei suuntaa' : 'no direction'],
      ];
      const present = parts.filter(([, n]) => n > 0);
      return {
        key,
        empty: false,
        counts: present.map(([mark, n]) => `${mark} ${n}`).join(' '),
        countsText: present.map(([, n, word]) => `${n} ${word}`).join(', '),
        evidence: evidenceLabel(c.evidenceLevel, t),
        direction: c.direction ?? 'UNKNOWN',
        level: c.evidenceLevel,
      };
    }),
  }));
  return { domains, rows };
}

export interface MeasuredBar {
  label: string;
  value: number;
  text: string;
}

/**
 * One bar per measured result (a percentage the source gives) of the asked cells — the chosen set: the
 * matrix page's municipalities in one domain. Several in one cell are told apart by number.
 */
export function measuredModel(
  cells: readonly {
    municipality: { nameFi: string };
    domain: { nameFi: string; nameEn: string };
    outcomes: OutcomeLike[];
  }[],
  lang: Lang,
): MeasuredBar[] {
  const measured: MeasuredBar[] = [];
  for (const c of cells) {
    const items = c.outcomes.filter((o) => o.value != null && o.unit === '%');
    items.forEach((o, i) => {
      const base = `${c.municipality.nameFi}: ${lang === 'fi' ? c.domain.nameFi : c.domain.nameEn}`;
      const label = items.length > 1 ? `${base} (${i + 1}/${items.length})` : base;
      measured.push({ label, value: o.value as number, text: outcomeText(o, lang).text });
    });
  }
  return measured;
}
