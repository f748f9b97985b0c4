import { EVIDENCE_LEVEL_MAX } from '@vertailu/data/vocabulary';
import { formatValue } from '../format';
import type { Lang, Texts } from '../i18n';

/**
 * One compared figure as every page shows it: value in its unit (or "no data" with its reason), whether it
 * is an estimate or realised, and the years it covers. Pure: no React, no fetching.
 */
export type Basis = 'ESTIMATE' | 'REALISED' | 'MIXED';

export interface CitationLike {
  quote: string;
  source: {
    id?: string;
    title: string;
    publisher?: string | null;
    publishedDate?: string | null;
    url?: string | null;
  };
}

export interface ExplanationLike {
  formula: string;
  /** The formula in Finnish (null for values derived before the API had it). */
  formulaFi?: string | null;
  inputs: {
    label: string;
    labelFi?: string | null;
    value: number | null;
    unit: string;
    recordId: string | null;
    basis?: string | null;
    citations?: CitationLike[];
  }[];
}

/**
 * Where a compared figure's explanation can be asked for when a reader opens it: the comparison's own
 * arguments narrowed to the figure's municipality and indicator. Explanations are not fetched with
 * the comparison (for a county of municipalities that would be thousands of passages nobody opens).
 */
export interface ExplainRef {
  municipalities: string[];
  indicators: string[];
  years: { from: number; to: number } | null;
  normalize: string;
}

/** The fields of a ComparisonRow a figure needs (basis is read when the API serves it). */
export interface RowLike {
  value: number | null;
  unit: string;
  missingReason: string | null;
  note?: string | null;
  noteFi?: string | null;
  years?: number[] | null;
  basis?: string | null;
  /** The API's bases of the cost inputs: [ESTIMATE], [REALISED] or both. */
  bases?: readonly string[] | null;
  /** The sources have no funding line of this kind at all (not an unknown amount). */
  noneInSources?: boolean | null;
  explanation?: ExplanationLike | null;
  explainRef?: ExplainRef | null;
}

export interface Figure {
  value: number | null;
  unit: string;
  /** Formatted value, or "no data (reason)". */
  text: string;
  /** "arvio 2015–2018" / "toteutunut 2014–2016"; null when neither applies. */
  qualifier: string | null;
  basis: Basis | null;
  years: string | null;
  missing: boolean;
  explanation: ExplanationLike | null;
  /** Ask for the explanation when opened (see ExplainRef). */
  explainRef: ExplainRef | null;
  note: string | null;
  /** Where it stands among all municipalities: "sija 12 / 309 · alueen mediaani 1 234 €" (national pages). */
  rank?: string | null;
}

/**
 * The API's words in the reader's language: the Finnish text in the Finnish UI when the API gives one,
 * else the English one, with its language (for the `lang` attribute: screen readers switch voice).
 */
export function worded(en: string, fi: string | null | undefined, lang: Lang): { text: string; lang: Lang } {
  return lang === 'fi' && fi ? { text: fi, lang: 'fi' } : { text: en, lang: 'en' };
}

/** 2015–2018 for a run of years, 2014, 2016 for gaps; null for none. */
export function yearsLabel(years: readonly number[] | null | undefined): string | null {
  if (!years?.length) return null;
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0] as number;
  let prev = start;
  for (const y of [...sorted.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return runs.join(', ');
}

/**
 * Estimate or realised. The API's `basis` when it serves one; until then the cost inputs of the
 * explanation, whose labels the indicator package writes as "…: <kind> (estimate|realised)"
 * (packages/indicators/src/derive.ts). Funding inputs carry no basis and do not decide it.
 */
export function basisOf(row: RowLike | null | undefined): Basis | null {
  if (!row) return null;
  if (row.basis === 'ESTIMATE' || row.basis === 'REALISED' || row.basis === 'MIXED') return row.basis;
  const seen = new Set<Basis>();
  for (const b of row.bases ?? []) if (b === 'ESTIMATE' || b === 'REALISED') seen.add(b);
  for (const input of row.explanation?.inputs ?? []) {
    const b = input.basis ?? /\((estimate|realised)\)$/.exec(input.label)?.[1]?.toUpperCase() ?? null;
    if (b === 'ESTIMATE' || b === 'REALISED') seen.add(b);
  }
  if (seen.size === 2) return 'MIXED';
  return seen.size ? ([...seen][0] as Basis) : null;
}

/** The reason's words, or "no data" alone. */
export function missingText(reason: string | null, t: Texts): string {
  if (reason === 'NOT_APPLICABLE') return t.notApplicable;
  const label = reason ? (t.reasons as Record<string, string>)[reason] : null;
  return label ? `${t.noData} (${label})` : t.noData;
}

export interface FigureOptions {
  /** Show estimate / realised and years (money figures). */
  qualified?: boolean;
  /** A funder-kind row with no funding line of that kind: say so instead of "no data". */
  noneMeansAbsent?: boolean;
}

export function figure(
  row: RowLike | null | undefined,
  t: Texts,
  lang: Lang,
  options: FigureOptions = {},
): Figure {
  const value = row?.value ?? null;
  const unit = row?.unit ?? 'EUR';
  const basis = options.qualified ? basisOf(row) : null;
  const years = options.qualified ? yearsLabel(row?.years) : null;
  const absent =
    options.noneMeansAbsent &&
    value == null &&
    row?.missingReason === 'NOT_REPORTED' &&
    (row.noneInSources ?? !(row.explanation?.inputs.length ?? 0));
  const reason = row ? row.missingReason : 'NOT_REPORTED';
  let text: string;
  if (value != null) text = formatValue(value, unit, lang);
  else if (absent) text = t.noneInSources;
  else text = missingText(reason, t);
  const qualifier =
    value != null && (basis || years)
      ? [basis ? t.basis[basis] : null, years].filter(Boolean).join(' ')
      : null;
  return {
    value,
    unit,
    text,
    qualifier,
    basis,
    years,
    missing: value == null,
    explanation: row?.explanation ?? null,
    explainRef: row?.explainRef ?? null,
    note: row?.note ? worded(row.note, row.noteFi, lang).text : null,
  };
}

/** One line for CSV cells, tooltips and images: "220 395 € (arvio 2015–2018)". */
export function figureLine(f: Figure): string {
  return f.qualifier ? `${f.text} (${f.qualifier})` : f.text;
}

/** The three parts of what the development work cost the city, as every page labels them. */
export const COST_PARTS = [
  { key: 'gross', indicator: 'OWN_PROJECT_COST' },
  { key: 'external', indicator: 'EXTERNAL_FUNDING' },
  { key: 'net', indicator: 'NET_OWN_CONTRIBUTION' },
] as const;
export type CostPart = (typeof COST_PARTS)[number]['key'];
export const COST_INDICATORS = COST_PARTS.map((p) => p.indicator);

export function costLabel(part: CostPart, t: Texts): string {
  return t[part];
}

/** Evidence level 0–4 as words with its number: "4 vertailuryhmä". */
export function evidenceLabel(level: number | null | undefined, t: Texts): string | null {
  if (level == null) return null;
  return t.evidenceLevels[Math.max(0, Math.min(EVIDENCE_LEVEL_MAX, Math.round(level)))] ?? null;
}

export interface ComparisonLike<R extends RowLike & { municipality: { code: string } }> {
  indicator: { code: string };
  rows: R[];
}

/** Row lookup: indicator code → municipality code → row. */
export function rowIndex<R extends RowLike & { municipality: { code: string } }>(
  comparisons: readonly ComparisonLike<R>[] | null | undefined,
): (indicator: string, municipality: string) => R | null {
  const index = new Map<string, R>();
  for (const c of comparisons ?? [])
    for (const r of c.rows) index.set(`${c.indicator.code}|${r.municipality.code}`, r);
  return (indicator, municipality) => index.get(`${indicator}|${municipality}`) ?? null;
}

/** The API's cost-role figure (gross, external funding, net own cost of a municipality or an item). */
export interface CostFigureLike {
  amount: number | null;
  basis: string | null;
  fromYear: number | null;
  toYear: number | null;
  knownZero: boolean;
  missingReason: string | null;
  note?: string | null;
  noteFi?: string | null;
  formula?: string | null;
  formulaFi?: string | null;
  /** Absent where a list page asked only the amounts: the explanation is then asked when opened. */
  inputs?: ExplanationLike['inputs'];
}

/** 2015–2018, 2015– (open), 2016; null when the years are unknown. */
export function yearSpan(from: number | null, to: number | null): string | null {
  if (from == null) return null;
  if (to == null) return `${from}–`;
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * A cost-role figure as every page shows it: exact amount (the API sums in cents), estimate or realised,
 * the years, and a stated "no separate funding" named as such rather than a bare 0 €.
 */
export function costFigure(
  cf: CostFigureLike | null | undefined,
  t: Texts,
  lang: Lang,
  explainRef: ExplainRef | null = null,
): Figure {
  if (!cf) return figure(null, t, lang);
  const basis = cf.basis === 'ESTIMATE' || cf.basis === 'REALISED' || cf.basis === 'MIXED' ? cf.basis : null;
  const years = yearSpan(cf.fromYear, cf.toYear);
  const value = cf.amount;
  const qualifier =
    value != null
      ? [cf.knownZero ? t.noSeparateFunding : null, basis ? t.basis[basis] : null, years]
          .filter(Boolean)
          .join(' ') || null
      : null;
  return {
    value,
    unit: 'EUR',
    text: value != null ? formatValue(value, 'EUR', lang) : missingText(cf.missingReason, t),
    qualifier,
    basis,
    years,
    missing: value == null,
    explanation: cf.inputs?.length
      ? { formula: cf.formula ?? '', formulaFi: cf.formulaFi ?? null, inputs: cf.inputs }
      : null,
    // Without its inputs, the same figure compared (its indicator, all years) explains it when opened.
    explainRef: cf.inputs ? null : explainRef,
    note: cf.note ? worded(cf.note, cf.noteFi, lang).text : null,
  };
}

export interface CostRolesLike {
  municipality: { code: string };
  gross: CostFigureLike;
  externalFunding: CostFigureLike;
  netOwnCost: CostFigureLike;
}

/** The three parts of a municipality's cost from `costRoles`, keyed as COST_PARTS. */
export function costParts(
  roles: CostRolesLike | null | undefined,
  t: Texts,
  lang: Lang,
): Record<CostPart, Figure> {
  const ref = (indicator: string): ExplainRef | null =>
    roles
      ? { municipalities: [roles.municipality.code], indicators: [indicator], years: null, normalize: 'NONE' }
      : null;
  return {
    gross: costFigure(roles?.gross, t, lang, ref('OWN_PROJECT_COST')),
    external: costFigure(roles?.externalFunding, t, lang, ref('EXTERNAL_FUNDING')),
    net: costFigure(roles?.netOwnCost, t, lang, ref('NET_OWN_CONTRIBUTION')),
  };
}
