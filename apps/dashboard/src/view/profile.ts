import type { Lang, Texts } from '../i18n';
import {
  COST_PARTS,
  type CostRolesLike,
  costParts,
  type Figure,
  figure,
  type RowLike,
  worded,
} from './figures';

interface CostComparison {
  indicator: {
    code: string;
    nameFi: string;
    nameEn: string;
    definition: string;
    definitionFi?: string | null;
  };
  rows: (RowLike & { municipality?: { code: string } })[];
}

const FUNDER_KINDS = ['EXTERNAL_FUNDING_EU', 'EXTERNAL_FUNDING_STATE_FUND', 'EXTERNAL_FUNDING_MINISTRY'];

/**
 * The profile's cost block: gross, external and net first (from costRoles: exact, estimate/realised, years),
 * then the other cost indicators; funder kinds with no funding line at all are left out (no such line
 * exists, so there is nothing to call unknown).
 */
export function profileCosts(
  costs: readonly CostComparison[],
  roles: CostRolesLike | null | undefined,
  t: Texts,
  lang: Lang,
  /** Rank among all municipalities and the county median per indicator (national pages). */
  rankOf?: (indicator: string) => string | null,
): { code: string; label: string; definition: string | null; definitionLang: Lang; figure: Figure }[] {
  const parts = costParts(roles, t, lang);
  const ranked = (indicator: string, f: Figure): Figure => {
    const rank = rankOf?.(indicator);
    return rank ? { ...f, rank } : f;
  };
  const partIndicators: string[] = COST_PARTS.map((p) => p.indicator);
  const names = new Map(
    costs.map((c) => [c.indicator.code, lang === 'fi' ? c.indicator.nameFi : c.indicator.nameEn]),
  );
  // Definitions name other indicators by code (OWN_PROJECT_COST ÷ …): shown by their names instead.
  const readable = (text: string) =>
    text.replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, (code) => names.get(code) ?? code);
  const definitions = new Map(
    costs.map((c) => {
      const w = worded(c.indicator.definition, c.indicator.definitionFi, lang);
      return [c.indicator.code, { text: readable(w.text), lang: w.lang }];
    }),
  );
  return [
    ...COST_PARTS.map((p) => ({
      code: p.indicator,
      label: t[p.key],
      definition:
        p.key === 'gross'
          ? t.grossHint
          : p.key === 'net'
            ? t.netHint
            : (definitions.get(p.indicator)?.text ?? null),
      definitionLang: p.key === 'external' ? (definitions.get(p.indicator)?.lang ?? lang) : lang,
      figure: ranked(p.indicator, parts[p.key]),
    })),
    ...costs
      .filter((c) => !partIndicators.includes(c.indicator.code))
      .flatMap((c) => {
        const isFunderKind = FUNDER_KINDS.includes(c.indicator.code);
        const row = c.rows[0];
        // Its explanation is asked when opened (the profile compares its one municipality, all years).
        const explainRef = row?.municipality
          ? {
              municipalities: [row.municipality.code],
              indicators: [c.indicator.code],
              years: null,
              normalize: 'NONE',
            }
          : null;
        const f = figure(row && { ...row, explainRef }, t, lang, {
          qualified: c.indicator.code !== 'EXTERNAL_FUNDING_SHARE',
          noneMeansAbsent: isFunderKind,
        });
        if (isFunderKind && f.missing && f.text === t.noneInSources) return [];
        return [
          {
            code: c.indicator.code,
            label: lang === 'fi' ? c.indicator.nameFi : c.indicator.nameEn,
            definition: definitions.get(c.indicator.code)?.text ?? null,
            definitionLang: definitions.get(c.indicator.code)?.lang ?? lang,
            figure: f,
          },
        ];
      }),
  ];
}
