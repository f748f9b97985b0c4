import type { CostBasis, CostKind, FundingKind, OrganisationKind } from '@vertailu/data';
import { periodYears, yearShares } from './period';

/** Why a value is missing: shown to users instead of a number, never as 0. */
export type MissingReason =
  | 'NOT_REPORTED'
  | 'AMOUNT_UNKNOWN'
  | 'PERIOD_UNKNOWN'
  | 'NO_POPULATION_FOR_YEAR'
  | 'DENOMINATOR_UNKNOWN'
  | 'NOT_APPLICABLE';

export interface ExplanationInput {
  label: string;
  value: number | null;
  unit: string;
  /** Global type and id of the record the input comes from, e.g. ["CostItem", 3]. */
  recordType?: string;
  recordId?: number;
}

export interface Explanation {
  formula: string;
  inputs: ExplanationInput[];
}

export interface DerivedValue {
  indicator: string;
  municipalityCode: string;
  /** null when the period is unknown. */
  year: number | null;
  value: number | null;
  missingReason: MissingReason | null;
  explanation: Explanation;
}

export interface OwnerFinance {
  ownerType: 'Project' | 'Practice';
  ownerId: number;
  name: string;
  municipalityCodes: string[];
  start: string | null;
  end: string | null;
  costs: {
    id: number;
    kind: CostKind;
    basis: CostBasis;
    amount: number | null;
    municipalityCode: string | null;
  }[];
  fundings: {
    id: number;
    kind: FundingKind;
    amount: number | null;
    funderKind: OrganisationKind | null;
    funderName: string | null;
    recipientCode: string | null;
  }[];
}

const FUNDER_KIND_INDICATOR: Partial<Record<OrganisationKind, string>> = {
  EU_FUND: 'EXTERNAL_FUNDING_EU',
  STATE_FUND: 'EXTERNAL_FUNDING_STATE_FUND',
  MINISTRY: 'EXTERNAL_FUNDING_MINISTRY',
};

const eur = (n: number) => `${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })} €`;

type Pick = { value: number | null; missing: MissingReason | null; inputs: ExplanationInput[]; how: string };

/** The municipality's own part of an owner's costs, by the rules the documents' wording supports. */
export function ownCost(owner: OwnerFinance, code: string): Pick {
  const realisedFirst = (a: { basis: CostBasis }, b: { basis: CostBasis }) =>
    a.basis === b.basis ? 0 : a.basis === 'REALISED' ? -1 : 1;
  const share = owner.costs
    .filter((c) => c.kind === 'MUNICIPALITY_SHARE' && c.municipalityCode === code)
    .sort(realisedFirst)[0];
  const whole = owner.costs
    .filter((c) => c.kind !== 'MUNICIPALITY_SHARE')
    .filter(
      (c) =>
        c.municipalityCode === code ||
        (c.municipalityCode === null &&
          owner.municipalityCodes.length === 1 &&
          owner.municipalityCodes[0] === code &&
          owner.costs.every((x) => x.kind !== 'MUNICIPALITY_SHARE')),
    )
    .sort((a, b) => realisedFirst(a, b) || (a.kind === 'TOTAL_COSTS' ? -1 : 1))[0];
  const chosen = share ?? whole;
  if (!chosen) {
    return {
      value: null,
      missing: 'NOT_REPORTED',
      inputs: [],
      how: `${owner.name}: no cost figure for this municipality is reported`,
    };
  }
  const label = `${owner.name}: ${chosen.kind === 'MUNICIPALITY_SHARE' ? 'municipality’s share' : chosen.kind === 'TOTAL_COSTS' ? 'total costs' : 'total budget'} (${chosen.basis.toLowerCase()})`;
  const input: ExplanationInput = {
    label,
    value: chosen.amount,
    unit: 'EUR',
    recordType: 'CostItem',
    recordId: chosen.id,
  };
  return {
    value: chosen.amount,
    missing: chosen.amount === null ? 'AMOUNT_UNKNOWN' : null,
    inputs: [input],
    how: label,
  };
}

interface ExternalPick {
  total: Pick;
  byIndicator: Map<string, Pick>;
}

/** External grants the municipality received for an owner; "no separate funding" is a known 0. */
export function externalFunding(owner: OwnerFinance, code: string): ExternalPick {
  const single = owner.municipalityCodes.length === 1 && owner.municipalityCodes[0] === code;
  const mine = owner.fundings.filter((f) => f.recipientCode === code || (f.recipientCode === null && single));
  const grants = mine.filter((f) => f.kind === 'EXTERNAL_GRANT');
  const byIndicator = new Map<string, Pick>();
  for (const g of grants) {
    const indicator = (g.funderKind && FUNDER_KIND_INDICATOR[g.funderKind]) ?? null;
    if (!indicator) continue;
    const prev = byIndicator.get(indicator) ?? { value: 0, missing: null, inputs: [], how: '' };
    byIndicator.set(indicator, {
      value: prev.value === null || g.amount === null ? null : prev.value + g.amount,
      missing: prev.value === null || g.amount === null ? 'AMOUNT_UNKNOWN' : null,
      inputs: [
        ...prev.inputs,
        {
          label: `${owner.name}: grant from ${g.funderName ?? 'unnamed funder'}`,
          value: g.amount,
          unit: 'EUR',
          recordType: 'FundingLine',
          recordId: g.id,
        },
      ],
      how: 'sum of grants',
    });
  }
  const inputs = grants.map<ExplanationInput>((g) => ({
    label: `${owner.name}: grant from ${g.funderName ?? 'unnamed funder'}`,
    value: g.amount,
    unit: 'EUR',
    recordType: 'FundingLine',
    recordId: g.id,
  }));
  if (grants.length) {
    const unknown = grants.some((g) => g.amount === null);
    return {
      total: {
        value: unknown ? null : grants.reduce((s, g) => s + (g.amount as number), 0),
        missing: unknown ? 'AMOUNT_UNKNOWN' : null,
        inputs,
        how: 'sum of grants',
      },
      byIndicator,
    };
  }
  const none = mine.find((f) => f.kind === 'NO_SEPARATE_FUNDING');
  if (none) {
    const input = {
      label: `${owner.name}: no separate funding (stated)`,
      value: 0,
      unit: 'EUR',
      recordType: 'FundingLine',
      recordId: none.id,
    };
    return {
      total: { value: 0, missing: null, inputs: [input], how: 'no separate funding: a known 0' },
      byIndicator,
    };
  }
  return {
    total: { value: null, missing: 'NOT_REPORTED', inputs: [], how: `${owner.name}: no funding reported` },
    byIndicator,
  };
}

/**
 * Every derived cost value of one project or practice for each of its municipalities, spread over
 * the calendar years of its period by days. Unknown stays unknown, with the reason.
 */
export function deriveOwnerValues(owner: OwnerFinance): DerivedValue[] {
  const out: DerivedValue[] = [];
  const shares = owner.start && owner.end ? yearShares(owner.start, owner.end) : null;
  const years = owner.start && owner.end ? periodYears(owner.start, owner.end) : null;
  const anchorYear = owner.start ? Number(owner.start.slice(0, 4)) : null;
  const periodText = owner.start && owner.end ? `${owner.start} – ${owner.end}` : 'unknown period';

  const emit = (indicator: string, code: string, pick: Pick, formula: string) => {
    if (pick.value === null) {
      out.push({
        indicator,
        municipalityCode: code,
        year: anchorYear,
        value: null,
        missingReason: pick.missing,
        explanation: { formula: `${formula}: ${pick.how}`, inputs: pick.inputs },
      });
      return;
    }
    if (pick.value === 0 || !shares) {
      out.push({
        indicator,
        municipalityCode: code,
        year: anchorYear,
        value: shares || pick.value === 0 ? pick.value : null,
        missingReason: shares || pick.value === 0 ? null : 'PERIOD_UNKNOWN',
        explanation: { formula: `${formula} (${periodText})`, inputs: pick.inputs },
      });
      return;
    }
    for (const [year, share] of shares) {
      out.push({
        indicator,
        municipalityCode: code,
        year,
        value: pick.value * share,
        missingReason: null,
        explanation: {
          formula: `${formula} = ${eur(pick.value)} × ${(share * 100).toFixed(1)} % (the part of ${periodText} in ${year}, by days)`,
          inputs: pick.inputs,
        },
      });
    }
  };

  for (const code of owner.municipalityCodes) {
    const own = ownCost(owner, code);
    const ext = externalFunding(owner, code);
    emit('OWN_PROJECT_COST', code, own, 'Own share of costs');
    emit('EXTERNAL_FUNDING', code, ext.total, 'External funding');
    for (const [indicator, pick] of ext.byIndicator)
      emit(indicator, code, pick, 'External funding by funder kind');
    const net: Pick =
      own.value !== null && ext.total.value !== null
        ? {
            value: own.value - ext.total.value,
            missing: null,
            inputs: [...own.inputs, ...ext.total.inputs],
            how: 'own share − external funding',
          }
        : {
            value: null,
            missing: own.value === null ? own.missing : ext.total.missing,
            inputs: [...own.inputs, ...ext.total.inputs],
            how: 'own share or external funding unknown',
          };
    emit('NET_OWN_CONTRIBUTION', code, net, 'Own share − external funding');
    if (own.value !== null && years !== null) {
      emit(
        'COSTED_PROJECT_YEARS',
        code,
        {
          value: years,
          missing: null,
          inputs: [{ label: `${owner.name}: period ${periodText}`, value: years, unit: 'years' }],
          how: 'period length',
        },
        'Years of activity',
      );
    }
  }
  return out;
}
