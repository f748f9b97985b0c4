import { formatDate, formatValue } from '../format';
import type { Lang, Texts } from '../i18n';

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

export interface CityCost {
  gross: string;
  grossBasis: string | null;
  external: string;
  net: string;
  netNote: string | null;
}

const cents = (euros: number) => Math.round(euros * 100);

/**
 * What the record cost the city: the municipality's share (or the realised total / budget it carries
 * alone), the external grants in it, and the difference — computed in cents so it stays exact.
 */
export function cityCost(
  costs: readonly CostLike[],
  fundings: readonly FundingLike[],
  municipalityCount: number,
  t: Texts,
  lang: Lang,
): CityCost {
  const share =
    costs.find((c) => c.kind === 'MUNICIPALITY_SHARE') ??
    costs.find((c) => c.kind === 'TOTAL_COSTS') ??
    (municipalityCount <= 1 ? costs.find((c) => c.kind === 'TOTAL_BUDGET') : undefined);
  const grants = fundings.filter((f) => f.kind === 'EXTERNAL_GRANT');
  const none = fundings.some((f) => f.kind === 'NO_SEPARATE_FUNDING');
  const externalKnown = grants.every((g) => g.amount != null) && (grants.length > 0 || none);
  const externalCents = grants.reduce((s, g) => s + cents(g.amount ?? 0), 0);
  const unknown = (reason: keyof Texts['reasons']) => `${t.noData} (${t.reasons[reason]})`;
  const gross =
    share?.amount != null
      ? formatValue(share.amount, 'EUR', lang)
      : unknown(share ? 'AMOUNT_UNKNOWN' : 'NOT_REPORTED');
  const external = externalKnown
    ? formatValue(externalCents / 100, 'EUR', lang)
    : unknown(grants.length ? 'AMOUNT_UNKNOWN' : 'NOT_REPORTED');
  const net =
    share?.amount != null && externalKnown
      ? formatValue((cents(share.amount) - externalCents) / 100, 'EUR', lang)
      : unknown(share?.amount == null ? 'NOT_REPORTED' : 'AMOUNT_UNKNOWN');
  return {
    gross,
    grossBasis: share ? ((t.basis as Record<string, string>)[share.basis] ?? null) : null,
    external,
    net,
    netNote: share?.amount != null && externalKnown ? t.netHint : null,
  };
}
