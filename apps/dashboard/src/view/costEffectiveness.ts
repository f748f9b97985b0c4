import { formatNumber } from '../format';
import type { Lang, Texts } from '../i18n';
import {
  type ComparisonLike,
  type CostRolesLike,
  costParts,
  evidenceLabel,
  type Figure,
  figure,
  figureLine,
  type RowLike,
  rowIndex,
} from './figures';

export const CE_INDICATORS = ['OUTCOMES_IMPROVED', 'OUTCOMES_WORSENED', 'STRONGEST_EVIDENCE'];

export const CE_SORTS = [
  'name',
  'net',
  'gross',
  'external',
  'improved',
  'worsened',
  'evidence',
  'perTenK',
] as const;
export type CeSort = (typeof CE_SORTS)[number];

export interface CeRow {
  code: string;
  name: string;
  net: Figure;
  gross: Figure;
  external: Figure;
  improved: Figure;
  worsened: Figure;
  evidence: Figure;
  /** Improved outcomes per 10 000 € of net own cost; null unless both are known and the cost is > 0. */
  perTenK: number | null;
  perTenKText: string;
}

export interface CeModel {
  rows: CeRow[];
  points: { name: string; cost: number; evidence: number; label: string }[];
  notPlotted: { name: string; why: string }[];
  csv: { header: string[]; rows: (string | number | null)[][] };
}

type Row = RowLike & { municipality: { code: string } };

const sortValue = (r: CeRow, key: CeSort): number | string | null => {
  if (key === 'name') return r.name;
  if (key === 'perTenK') return r.perTenK;
  return r[key].value;
};

/** The cost-effectiveness view: one sortable row per municipality, the scatter's points and what it leaves out. */
export function costEffectivenessModel(
  municipalities: readonly { code: string; nameFi: string }[],
  comparisons: readonly ComparisonLike<Row>[] | null | undefined,
  roles: readonly CostRolesLike[] | null | undefined,
  t: Texts,
  lang: Lang,
  /** null: in the order given (the overview's cards). */
  sort: { key: CeSort; descending: boolean } | null = { key: 'name', descending: false },
): CeModel {
  const row = rowIndex(comparisons);
  const rows: CeRow[] = municipalities.map((m) => {
    const parts = costParts(
      roles?.find((r) => r.municipality.code === m.code),
      t,
      lang,
    );
    const net = parts.net;
    const improved = figure(row('OUTCOMES_IMPROVED', m.code), t, lang);
    const evidenceRow = row('STRONGEST_EVIDENCE', m.code);
    const evidenceFigure = figure(evidenceRow, t, lang);
    const words = evidenceLabel(evidenceRow?.value, t);
    const evidence = words ? { ...evidenceFigure, text: words } : evidenceFigure;
    const perTenK =
      net.value != null && net.value > 0 && improved.value != null
        ? (improved.value / net.value) * 10_000
        : null;
    let perTenKText: string;
    if (perTenK != null)
      perTenKText = `${formatNumber(perTenK, lang, 2)} · ${t.evidenceScale.toLowerCase()} ${evidence.text}`;
    else if (net.value === 0) perTenKText = t.notApplicable;
    else perTenKText = net.missing ? net.text : t.noData;
    return {
      code: m.code,
      name: m.nameFi,
      net,
      gross: parts.gross,
      external: parts.external,
      improved,
      worsened: figure(row('OUTCOMES_WORSENED', m.code), t, lang),
      evidence,
      perTenK,
      perTenKText,
    };
  });
  const direction = sort?.descending ? -1 : 1;
  rows.sort((a, b) => {
    if (!sort) return 0;
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    // Unknown values go last whichever the direction: they are not small.
    if (x == null || y == null) return x == null ? (y == null ? a.name.localeCompare(b.name, 'fi') : 1) : -1;
    const c = typeof x === 'string' ? x.localeCompare(y as string, 'fi') : x - (y as number);
    return c !== 0 ? c * direction : a.name.localeCompare(b.name, 'fi');
  });
  const points: CeModel['points'] = [];
  const notPlotted: CeModel['notPlotted'] = [];
  for (const r of rows) {
    if (r.net.value != null && r.evidence.value != null)
      points.push({
        name: r.name,
        cost: r.net.value,
        evidence: r.evidence.value,
        label: `${r.name}: ${figureLine(r.net)}`,
      });
    else
      notPlotted.push({
        name: r.name,
        why:
          r.net.value == null
            ? `${t.net.toLowerCase()} ${r.net.text}`
            : `${t.strongestEvidence.toLowerCase()} ${r.evidence.text}`,
      });
  }
  const header = [
    t.municipality,
    `${t.net} (€)`,
    `${t.net}: ${t.basisTitle.toLowerCase()}`,
    `${t.net}: ${t.figureYears.toLowerCase()}`,
    `${t.gross} (€)`,
    `${t.external} (€)`,
    t.improved,
    t.worsened,
    t.strongestEvidence,
    t.perTenThousand,
  ];
  const csvRows = rows.map((r) => [
    r.name,
    r.net.value ?? r.net.text,
    r.net.basis ? t.basis[r.net.basis] : null,
    r.net.years,
    r.gross.value ?? r.gross.text,
    r.external.value ?? r.external.text,
    r.improved.value,
    r.worsened.value,
    r.evidence.text,
    r.perTenK != null ? Number(r.perTenK.toFixed(2)) : r.perTenKText,
  ]);
  return { rows, points, notPlotted, csv: { header, rows: csvRows } };
}
