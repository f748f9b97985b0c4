import type { Lang, Texts } from '../i18n';
import { COST_PARTS, type Figure, figure, type RowLike } from './figures';

interface CostComparison {
  indicator: { code: string; nameFi: string; nameEn: string; definition: string };
  rows: RowLike[];
}

const FUNDER_KINDS = ['EXTERNAL_FUNDING_EU', 'EXTERNAL_FUNDING_STATE_FUND', 'EXTERNAL_FUNDING_MINISTRY'];

/**
 * The profile's cost block: gross, external and net first (qualified), then the rest of the cost
 * indicators; funder kinds with no funding line at all are left out (nothing to say "unknown" about).
 */
export function profileCosts(
  costs: readonly CostComparison[],
  t: Texts,
  lang: Lang,
): { code: string; label: string; definition: string; figure: Figure }[] {
  const first: string[] = COST_PARTS.map((p) => p.indicator);
  const ordered = [
    ...first.flatMap((code) => costs.filter((c) => c.indicator.code === code)),
    ...costs.filter((c) => !first.includes(c.indicator.code)),
  ];
  return ordered.flatMap((c) => {
    const row = c.rows[0];
    const isFunderKind = FUNDER_KINDS.includes(c.indicator.code);
    const f = figure(row, t, lang, {
      qualified: c.indicator.code !== 'EXTERNAL_FUNDING_SHARE',
      noneMeansAbsent: isFunderKind,
    });
    if (isFunderKind && f.missing && f.text === t.noneInSources) return [];
    const part = COST_PARTS.find((p) => p.indicator === c.indicator.code);
    return [
      {
        code: c.indicator.code,
        label: part ? t[part.key] : lang === 'fi' ? c.indicator.nameFi : c.indicator.nameEn,
        definition: c.indicator.definition,
        figure: f,
      },
    ];
  });
}
