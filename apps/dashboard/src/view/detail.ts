import { formatDate, formatValue } from '../format';
import type { Lang, Texts } from '../i18n';
import { type CostFigureLike, type CostRolesLike, costFigure, costParts, type Figure } from './figures';

interface CostLike {
  kind: string;
  basis: string;
  amount: number | null;
  municipality: { nameFi: string } | null;
}
interface FundingLike {
  kind: string;
  amount: number | null;
  decisionDate?: string | null;
  funder: { nameFi: string } | null;
}

export interface MoneyLine {
  label: string;
  amount: string;
  missing: boolean;
}

/** "Kunnan osuus budjetista, Tornio (arvio)": a cost line named by what it covers, never by its code. */
export function costLine(c: CostLike, t: Texts, lang: Lang): MoneyLine {
  const kind = (t.costKinds as Record<string, string>)[c.kind] ?? c.kind;
  const basis = (t.basis as Record<string, string>)[c.basis] ?? c.basis;
  return {
    label: `${kind}${c.municipality ? `, ${c.municipality.nameFi}` : ''} (${basis})`,
    amount:
      c.amount != null ? formatValue(c.amount, 'EUR', lang) : `${t.noData} (${t.reasons.AMOUNT_UNKNOWN})`,
    missing: c.amount == null,
  };
}

/**
 * Funding lines: external grants by funder, the municipality's own funding, and a stated absence of
 * separate funding as a statement of its own (not the city as its own funder at 0 €).
 */
export function fundingLines<F extends FundingLike>(
  fundings: readonly F[],
  t: Texts,
  lang: Lang,
): { external: (MoneyLine & { item: F })[]; own: (MoneyLine & { item: F })[]; statement: string | null } {
  const line = (f: F): MoneyLine & { item: F } => ({
    item: f,
    label: `${f.funder?.nameFi ?? t.noData}${f.decisionDate ? ` (${t.decided} ${formatDate(f.decisionDate, lang)})` : ''}`,
    amount:
      f.amount != null ? formatValue(f.amount, 'EUR', lang) : `${t.noData} (${t.reasons.AMOUNT_UNKNOWN})`,
    missing: f.amount == null,
  });
  return {
    external: fundings.filter((f) => f.kind === 'EXTERNAL_GRANT').map(line),
    own: fundings.filter((f) => f.kind === 'OWN_FUNDING').map(line),
    statement: fundings.some((f) => f.kind === 'NO_SEPARATE_FUNDING') ? t.noFunding : null,
  };
}

/** What one record cost each municipality in it: gross, external, net, and for a consortium the whole and the rest. */
export function itemCostLines(
  roles: readonly (CostRolesLike & {
    municipality: { code: string; nameFi: string };
    wholeBudget: CostFigureLike | null;
    restOfWhole: CostFigureLike | null;
  })[],
  t: Texts,
  lang: Lang,
): { municipality: string; code: string; lines: { key: string; label: string; figure: Figure }[] }[] {
  return roles.map((r) => {
    const parts = costParts(r, t, lang);
    const lines: { key: string; label: string; figure: Figure }[] = [
      { key: 'gross', label: t.gross, figure: parts.gross },
      { key: 'external', label: t.external, figure: parts.external },
      { key: 'net', label: t.net, figure: parts.net },
    ];
    if (r.wholeBudget)
      lines.push({ key: 'whole', label: t.wholeBudget, figure: costFigure(r.wholeBudget, t, lang) });
    if (r.restOfWhole)
      lines.push({ key: 'rest', label: t.restOfWhole, figure: costFigure(r.restOfWhole, t, lang) });
    return { municipality: r.municipality.nameFi, code: r.municipality.code, lines };
  });
}
