import type { Lang, Texts } from '../i18n';
import {
  COST_PARTS,
  type ComparisonLike,
  type CostRolesLike,
  costParts,
  evidenceLabel,
  type Figure,
  figure,
  type RowLike,
  rowIndex,
} from './figures';

export const OVERVIEW_INDICATORS = ['PROJECT_COUNT', 'PRACTICE_COUNT', 'STRONGEST_EVIDENCE'];

export interface OverviewCard {
  code: string;
  name: string;
  /** No project or practice of it in the data: said so, its costs "not applicable", never zero. */
  noWork: boolean;
  lines: { key: string; label: string; hint: string | null; figure: Figure }[];
}

/** Where each figure stands among all municipalities (national pages): a rank line per indicator and code. */
export interface NationalContext {
  rankLine: (indicator: string, code: string) => string | null;
  /** The municipality's population (latest year) with its rank, when known. */
  population: (code: string) => Figure | null;
}

type Row = RowLike & { municipality: { code: string } };

/** A card per municipality: counts, the city's gross, external and net cost (qualified), strongest evidence. */
export function overviewModel(
  municipalities: readonly { code: string; nameFi: string; hasDevelopmentWork?: boolean }[],
  comparisons: readonly ComparisonLike<Row>[] | null | undefined,
  roles: readonly CostRolesLike[] | null | undefined,
  t: Texts,
  lang: Lang,
  national?: NationalContext,
): OverviewCard[] {
  const row = rowIndex(comparisons);
  const ranked = (f: Figure, indicator: string, code: string): Figure => {
    const rank = national?.rankLine(indicator, code);
    return rank ? { ...f, rank } : f;
  };
  return municipalities.map((m) => {
    const population = national?.population(m.code);
    const parts = costParts(
      roles?.find((r) => r.municipality.code === m.code),
      t,
      lang,
    );
    const evidence = row('STRONGEST_EVIDENCE', m.code);
    const evidenceFigure = figure(evidence, t, lang);
    const evidenceWords = evidenceLabel(evidence?.value, t);
    return {
      code: m.code,
      name: m.nameFi,
      noWork: m.hasDevelopmentWork === false,
      lines: [
        ...(population ? [{ key: 'POPULATION', label: t.context, hint: null, figure: population }] : []),
        {
          key: 'PROJECT_COUNT',
          label: t.projects,
          hint: null,
          figure: figure(row('PROJECT_COUNT', m.code), t, lang),
        },
        {
          key: 'PRACTICE_COUNT',
          label: t.practices,
          hint: null,
          figure: figure(row('PRACTICE_COUNT', m.code), t, lang),
        },
        ...COST_PARTS.map((p) => ({
          key: p.indicator,
          label: t[p.key],
          hint: p.key === 'gross' ? t.grossHint : p.key === 'net' ? t.netHint : null,
          figure: ranked(parts[p.key], p.indicator, m.code),
        })),
        {
          key: 'STRONGEST_EVIDENCE',
          label: t.strongestEvidence,
          hint: null,
          figure: evidenceWords ? { ...evidenceFigure, text: evidenceWords } : evidenceFigure,
        },
      ],
    };
  });
}
