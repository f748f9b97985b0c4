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
  lines: { key: string; label: string; hint: string | null; figure: Figure }[];
}

type Row = RowLike & { municipality: { code: string } };

/** A card per municipality: counts, the city's gross, external and net cost (qualified), strongest evidence. */
export function overviewModel(
  municipalities: readonly { code: string; nameFi: string }[],
  comparisons: readonly ComparisonLike<Row>[] | null | undefined,
  roles: readonly CostRolesLike[] | null | undefined,
  t: Texts,
  lang: Lang,
): OverviewCard[] {
  const row = rowIndex(comparisons);
  return municipalities.map((m) => {
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
      lines: [
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
          figure: parts[p.key],
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
