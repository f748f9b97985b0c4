import { COST_COLORS } from '../charts/colors';
import type { Lang, Texts } from '../i18n';
import {
  COST_PARTS,
  type ComparisonLike,
  type CostRolesLike,
  costParts,
  type Figure,
  figure,
  figureLine,
  type RowLike,
  rowIndex,
} from './figures';

/** Bottom of the stack first: the city's own net money, then external funding by kind of funder. */
export const STACK = [
  'NET_OWN_CONTRIBUTION',
  'EXTERNAL_FUNDING_EU',
  'EXTERNAL_FUNDING_STATE_FUND',
  'EXTERNAL_FUNDING_MINISTRY',
] as const;
export const TABLE = [...COST_PARTS.map((p) => p.indicator), 'EXTERNAL_FUNDING_SHARE'] as const;
export const COSTS_INDICATORS = [...new Set([...STACK, ...TABLE])];

type Row = RowLike & { municipality: { code: string } };

export interface CostsModel {
  labels: Record<string, string>;
  /** Only series that draw a bar somewhere, bottom of the stack first. */
  series: { key: string; label: string; color: string }[];
  /** Legend order: as the stack reads, top first. */
  legend: { label: string; color: string }[];
  chartData: Record<string, string | number | null>[];
  /** Municipalities with no bar at all, and why (written under their name in the chart). */
  missing: Record<string, string>;
  stackRows: { code: string; name: string; cells: { key: string; figure: Figure }[] }[];
  tableRows: { code: string; name: string; cells: { key: string; figure: Figure }[] }[];
  csv: { header: string[]; rows: (string | number | null)[][] };
}

export function costLabels(t: Texts, lang: Lang): Record<string, string> {
  return {
    NET_OWN_CONTRIBUTION: t.net,
    EXTERNAL_FUNDING_EU: t.eu,
    EXTERNAL_FUNDING_STATE_FUND: t.stateFund,
    EXTERNAL_FUNDING_MINISTRY: t.ministry,
    OWN_PROJECT_COST: t.gross,
    EXTERNAL_FUNDING: t.external,
    EXTERNAL_FUNDING_SHARE:
      lang === 'fi'
        ? 'Ulkopuolisen rahoituksen osuus bruttokustannuksista'
        : 'External funding as a share of gross cost',
  };
}

/**
 * `roles` (costRoles: exact, with basis and years) gives the table in euros over all years; with a
 * normalisation or a year range the table takes the compared values and the basis from `roles`.
 */
export function costsModel(
  municipalities: readonly { code: string; nameFi: string }[],
  comparisons: readonly ComparisonLike<Row>[] | null | undefined,
  roles: readonly CostRolesLike[] | null | undefined,
  absolute: boolean,
  t: Texts,
  lang: Lang,
  /** Rank among all municipalities and the county median, per indicator and code (national pages). */
  rankLine?: (indicator: string, code: string) => string | null,
): CostsModel {
  const ranked = (key: string, code: string, f: Figure): Figure => {
    const rank = rankLine?.(key, code);
    return rank ? { ...f, rank } : f;
  };
  const row = rowIndex(comparisons);
  const partsOf = (code: string) =>
    costParts(
      roles?.find((r) => r.municipality.code === code),
      t,
      lang,
    );
  const labels = costLabels(t, lang);
  const money = { qualified: true };
  const stackFigure = (key: string, code: string) =>
    figure(row(key, code), t, lang, { ...money, noneMeansAbsent: key !== 'NET_OWN_CONTRIBUTION' });
  const stackRows = municipalities.map((m) => ({
    code: m.code,
    name: m.nameFi,
    cells: STACK.map((key) => ({ key, figure: stackFigure(key, m.code) })),
  }));
  const drawn = STACK.filter((key) =>
    stackRows.some((r) => (r.cells.find((c) => c.key === key)?.figure.value ?? 0) > 0),
  );
  const series = drawn.map((key) => ({
    key,
    label: labels[key] as string,
    color: COST_COLORS[key] as string,
  }));
  const missing: Record<string, string> = {};
  const chartData = stackRows.map((r) => {
    const datum: Record<string, string | number | null> = { municipality: r.name };
    for (const c of r.cells) {
      datum[c.key] = c.figure.value;
      datum[`${c.key}__line`] = figureLine(c.figure);
    }
    if (r.cells.every((c) => c.figure.value == null)) missing[r.name] = t.noData;
    return datum;
  });
  const tableRows = municipalities.map((m) => {
    const parts = partsOf(m.code);
    return {
      code: m.code,
      name: m.nameFi,
      cells: TABLE.map((key) => {
        const part = COST_PARTS.find((p) => p.indicator === key)?.key;
        if (!part) return { key, figure: ranked(key, m.code, figure(row(key, m.code), t, lang)) };
        if (absolute) return { key, figure: ranked(key, m.code, parts[part]) };
        const compared = row(key, m.code);
        return {
          key,
          figure: ranked(
            key,
            m.code,
            figure(compared && { ...compared, basis: parts[part].basis }, t, lang, money),
          ),
        };
      }),
    };
  });
  const header = [
    t.municipality,
    ...TABLE.flatMap((key) => {
      const unit = row(key, municipalities[0]?.code ?? '')?.unit ?? 'EUR';
      const label = labels[key] as string;
      return [
        `${label} (${unit === 'PERCENT' ? '%' : unit === 'EUR' ? '€' : lang === 'fi' ? '€ / hlö' : '€ per person'})`,
        `${label}: ${t.basisTitle.toLowerCase()}`,
        `${label}: ${t.figureYears.toLowerCase()}`,
        `${label}: ${t.reason.toLowerCase()}`,
      ];
    }),
  ];
  const rows = tableRows.map((r) => [
    r.name,
    ...r.cells.flatMap(({ figure: f }) => [
      f.value,
      f.basis ? t.basis[f.basis] : null,
      f.years,
      f.missing ? f.text : null,
    ]),
  ]);
  return {
    labels,
    series,
    legend: [...series].reverse().map((s) => ({ label: s.label, color: s.color })),
    chartData,
    missing,
    stackRows,
    tableRows,
    csv: { header, rows },
  };
}

/** Yearly gross cost per municipality, and the municipalities the chart cannot draw. */
export function spendingModel(
  points: readonly { municipality: { code: string; nameFi: string }; year: number; value: number | null }[],
  municipalities: readonly { code: string; nameFi: string }[],
  t: Texts,
): { names: string[]; rows: Record<string, number | null>[]; absent: string[] } {
  const names = [...new Set(points.filter((p) => p.value != null).map((p) => p.municipality.nameFi))];
  const byYear = new Map<number, Record<string, number | null>>();
  for (const p of points) {
    const datum = byYear.get(p.year) ?? { year: p.year };
    datum[p.municipality.nameFi] = p.value;
    byYear.set(p.year, datum);
  }
  const absent = municipalities
    .filter((m) => !names.includes(m.nameFi))
    .map((m) => `${m.nameFi} (${t.noData})`);
  return {
    names,
    rows: [...byYear.values()].sort((a, b) => (a.year as number) - (b.year as number)),
    absent,
  };
}
