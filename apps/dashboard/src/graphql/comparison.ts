import { formatValue } from '../format';
import type { Lang, Texts } from '../i18n';
import { useNationalTexts } from '../national/texts';
import { type ExplainRef, type Figure, figure } from '../view/figures';
import { rankLine } from '../view/scale';
import { useQuery } from './client';
import {
  CompareDocument,
  type CompareQuery,
  type CompareQueryVariables,
  CostRolesDocument,
} from './generated';
import { useNationalRanks } from './municipalities';

/**
 * `codes` (a page of the shown municipalities) compared on `indicators` over every year (no
 * normalisation): what the overview and cost-versus-effectiveness pages show. Waits for the codes.
 */
export function useCompared(codes: string[], indicators: string[]) {
  const variables: CompareQueryVariables = {
    municipalities: codes,
    indicators,
    years: null,
    normalize: 'NONE',
  };
  const compare = useQuery(CompareDocument, variables, { skip: !codes.length });
  return { ...compare, data: withExplainRefs(compare.data, variables) };
}

type Compared = CompareQuery['compareMunicipalities'][number];
type ComparedRow = Compared['rows'][number] & { explainRef: ExplainRef };

/** Every row of a comparison told where its explanation can be asked for (see ExplainRef). */
export function withExplainRefs(
  data: CompareQuery | null,
  variables: CompareQueryVariables,
): { compareMunicipalities: (Omit<Compared, 'rows'> & { rows: ComparedRow[] })[] } | null {
  if (!data) return null;
  const years = variables.years
    ? { from: variables.years.from ?? 1990, to: variables.years.to ?? 2100 }
    : null;
  return {
    compareMunicipalities: data.compareMunicipalities.map((c) => ({
      ...c,
      rows: c.rows.map((r) => ({
        ...r,
        explainRef: {
          municipalities: [r.municipality.code],
          indicators: [c.indicator.code],
          years,
          normalize: c.normalize,
        },
      })),
    })),
  };
}

/** Gross cost, external funding and net own cost of the shown municipalities (exact, with basis and years). */
export function useCostRoles(codes: string[]) {
  return useQuery(CostRolesDocument, { municipalities: codes }, { skip: !codes.length });
}

/**
 * Ranks among all municipalities and county medians for `indicators` (national comparison, values and
 * ranks only), told as lines for figures, and each municipality's value for sorting a long list.
 */
export function useRankLines(
  indicators: string[],
  t: Texts,
  lang: Lang,
  options: Parameters<typeof useNationalRanks>[1] = {},
) {
  const { n } = useNationalTexts();
  const ranks = useNationalRanks(indicators, options);
  const words = { rank: n.rankWord, countyMedian: n.countyMedianWord };
  const line = (indicator: string, code: string) =>
    rankLine(
      ranks.contexts.get(indicator)?.get(code),
      (v) => formatValue(v, ranks.units.get(indicator) ?? 'EUR', lang),
      words,
    );
  const value = (indicator: string, code: string) => ranks.contexts.get(indicator)?.get(code)?.value ?? null;
  /** A context figure (population) from the national comparison, with its rank. */
  const contextFigure = (indicator: string, code: string): Figure | null => {
    const c = ranks.contexts.get(indicator)?.get(code);
    if (!c) return null;
    const unit = ranks.units.get(indicator) ?? 'COUNT';
    return {
      ...figure({ value: c.value, unit, missingReason: c.value == null ? 'NOT_REPORTED' : null }, t, lang),
      rank: line(indicator, code),
    };
  };
  return { ...ranks, line, value, contextFigure };
}
