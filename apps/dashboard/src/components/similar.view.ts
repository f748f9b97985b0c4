import { adoptionTexts } from '../adoption.i18n';
import { formatNumber } from '../format';
import type { SimilarItemsQuery } from '../graphql/generated';
import type { Lang } from '../i18n';

type Similar = SimilarItemsQuery['similarItems'][number];

export interface SimilarRow {
  id: string;
  name: string;
  kind: string;
  isPractice: boolean;
  municipalities: string;
  /** Phase of a practice or status of a project, as the dashboard's own labels name them (code here). */
  phase: string | null;
  evidence: string | null;
  /** Reported costs side by side ("220 395 € (arvio)"), "ei erillisrahoitusta", or "ei raportoitu". */
  costs: string;
  sharedWords: string[];
  sharedGroups: string[];
  sharedSectors: string[];
  /** 0–100, for a bar: the score relative to the best match. */
  relative: number;
}

/** Rows of the similar-items list: the item, its phase, evidence and known costs, and why it is similar. */
export function similarView(items: Similar[], lang: Lang): SimilarRow[] {
  const t = adoptionTexts(lang);
  const best = Math.max(...items.map((s) => s.score), 0);
  return items.map((s) => {
    const item = s.item;
    const places =
      item.__typename === 'Practice'
        ? [item.municipality.nameFi]
        : item.municipalities.map((m) => m.municipality.nameFi);
    const costs = item.costs
      .filter((c) => c.amount !== null)
      .map((c) => `${formatNumber(c.amount as number, lang)} € (${t.basis[c.basis] ?? c.basis})`);
    const none = item.fundings.some((f) => f.kind === 'NO_SEPARATE_FUNDING');
    return {
      id: item.id,
      name: item.name,
      kind: item.__typename === 'Practice' ? t.practice : t.project,
      isPractice: item.__typename === 'Practice',
      municipalities: [...new Set(places)].join(', '),
      phase: item.__typename === 'Practice' ? item.phase : item.status,
      evidence: s.strongestEvidence,
      costs: costs.length ? costs.join(', ') : none ? t.noSeparate : t.noCosts,
      sharedWords: s.sharedTerms.map((w) => w.word),
      sharedGroups: s.sharedTargetGroups.map((g) => (lang === 'fi' ? g.nameFi : g.nameEn)),
      sharedSectors: s.sharedSectors.map((g) => (lang === 'fi' ? g.nameFi : g.nameEn)),
      relative: best > 0 ? Math.round((s.score / best) * 100) : 0,
    };
  });
}
