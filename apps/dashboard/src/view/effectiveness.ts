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

export interface CellLike {
  municipality: { code: string; nameFi: string };
  domain: { code: string; nameFi: string; nameEn: string };
  direction: string | null;
  evidenceLevel: number | null;
  count: number;
  improvedCount: number;
  worsenedCount: number;
  missingReason: string | null;
  outcomes: OutcomeLike[];
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
  measured: { label: string; value: number; text: string }[];
}

export function effectivenessModel(
  municipalities: readonly { code: string; nameFi: string }[],
  cells: readonly CellLike[],
  t: Texts,
  lang: Lang,
): MatrixModel {
  const domains = [...new Map(cells.map((c) => [c.domain.code, c.domain])).values()].map((d) => ({
    code: d.code,
    name: lang === 'fi' ? d.nameFi : d.nameEn,
  }));
  const find = new Map(cells.map((c) => [`${c.municipality.code}:${c.domain.code}`, c]));
  const rows = municipalities.map((m) => ({
    code: m.code,
    name: m.nameFi,
    cells: domains.map((d): MatrixCell => {
      const key = `${m.code}:${d.code}`;
      const c = find.get(key);
      if (!c || c.count === 0)
        return {
          key,
          empty: true,
          counts: '',
          countsText: '',
          evidence: null,
          direction: 'NONE',
          level: null,
        };
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
  // One bar per measured result; several in one cell are told apart by what they measure, else numbered.
  const measured: MatrixModel['measured'] = [];
  for (const c of cells) {
    const items = c.outcomes.filter((o) => o.value != null && o.unit === '%');
    items.forEach((o, i) => {
      const base = `${c.municipality.nameFi}: ${lang === 'fi' ? c.domain.nameFi : c.domain.nameEn}`;
      const label = items.length > 1 ? `${base} (${i + 1}/${items.length})` : base;
      measured.push({ label, value: o.value as number, text: outcomeText(o, lang).text });
    });
  }
  return { domains, rows, measured };
}
