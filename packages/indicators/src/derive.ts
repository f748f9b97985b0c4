import type {
  CostBasis,
  CostKind,
  CostRole,
  FundingKind,
  MissingReasonCode,
  OrganisationKind,
} from '@vertailu/data/vocabulary';
import { labelOf } from '@vertailu/data/vocabulary';
import { centsToEuros, formatCents, formatCentsFi, splitCents, toCents } from './money';
import { periodYears, yearDays, yearShares } from './period';

/** Why a value is missing: shown to users instead of a number, never as 0 (codes and labels: @vertailu/data). */
export type MissingReason = MissingReasonCode;

export interface ExplanationInput {
  label: string;
  /** The same in Finnish (the record's name and the figure's role in the code vocabulary's words). */
  labelFi?: string;
  /** Cost kind or funding kind of the figure (TOTAL_COSTS, EXTERNAL_GRANT …), for records of money. */
  kind?: string;
  /** ESTIMATE or REALISED; null when the record does not say (a granted amount). */
  basis?: CostBasis | null;
  value: number | null;
  unit: string;
  /** Global type and id of the record the input comes from, e.g. ["CostItem", 3]. */
  recordType?: string;
  recordId?: number;
}

export interface Explanation {
  formula: string;
  /** The same in Finnish (absent in values derived before it existed). */
  formulaFi?: string;
  inputs: ExplanationInput[];
}

export interface DerivedValue {
  indicator: string;
  municipalityCode: string;
  /** null when the period is unknown. */
  year: number | null;
  value: number | null;
  /** The value in integer cents, for money indicators (null otherwise, and when unknown). */
  cents: number | null;
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
    /** ESTIMATE (part of a budget), REALISED, or null/absent: a granted amount (decision). */
    basis?: CostBasis | null;
  }[];
}

const FUNDER_KIND_INDICATOR: Partial<Record<OrganisationKind, string>> = {
  EU_FUND: 'EXTERNAL_FUNDING_EU',
  STATE_FUND: 'EXTERNAL_FUNDING_STATE_FUND',
  MINISTRY: 'EXTERNAL_FUNDING_MINISTRY',
};

/**
 * Raised whenever the derivation's rules or stored shape change (2: integer cents, split by whole days),
 * so that a database whose data set is unchanged still recomputes its derived values.
 */
export const DERIVATION_VERSION = 3;

/** A figure being derived, in integer cents (see money.ts). */
type Pick = {
  cents: number | null;
  missing: MissingReason | null;
  inputs: ExplanationInput[];
  how: string;
  howFi: string;
};

const costLabel = (owner: OwnerFinance, c: OwnerFinance['costs'][number]) =>
  `${owner.name}: ${c.kind === 'MUNICIPALITY_SHARE' ? 'municipality’s share' : c.kind === 'TOTAL_COSTS' ? 'total costs' : 'total budget'} (${c.basis.toLowerCase()})`;

const costLabelFi = (owner: OwnerFinance, c: OwnerFinance['costs'][number]) =>
  `${owner.name}: ${labelOf('CostKind', c.kind).nameFi} (${labelOf('CostBasis', c.basis).nameFi})`;

const costInput = (owner: OwnerFinance, c: OwnerFinance['costs'][number]): ExplanationInput => ({
  label: costLabel(owner, c),
  labelFi: costLabelFi(owner, c),
  kind: c.kind,
  basis: c.basis,
  value: c.amount,
  unit: 'EUR',
  recordType: 'CostItem',
  recordId: c.id,
});

const grantInput = (owner: OwnerFinance, g: OwnerFinance['fundings'][number]): ExplanationInput => ({
  label: `${owner.name}: grant from ${g.funderName ?? 'unnamed funder'}`,
  labelFi: `${owner.name}: ${labelOf('FundingKind', g.kind).nameFi}${g.funderName ? ` (${g.funderName})` : ''}`,
  kind: g.kind,
  basis: g.basis ?? null,
  value: g.amount,
  unit: 'EUR',
  recordType: 'FundingLine',
  recordId: g.id,
});

const centsOf = (amount: number | null) => (amount === null ? null : toCents(amount));

function ownCostItem(owner: OwnerFinance, code: string): OwnerFinance['costs'][number] | undefined {
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
  return share ?? whole;
}

/** The municipality's own part of an owner's costs (gross), by the rules the documents' wording supports. */
export function ownCost(owner: OwnerFinance, code: string): Pick {
  const chosen = ownCostItem(owner, code);
  if (!chosen) {
    return {
      cents: null,
      missing: 'NOT_REPORTED',
      inputs: [],
      how: `${owner.name}: no cost figure for this municipality is reported`,
      howFi: `${owner.name}: tälle kunnalle ei ole raportoitu kustannusta`,
    };
  }
  return {
    cents: centsOf(chosen.amount),
    missing: chosen.amount === null ? 'AMOUNT_UNKNOWN' : null,
    inputs: [costInput(owner, chosen)],
    how: costLabel(owner, chosen),
    howFi: costLabelFi(owner, chosen),
  };
}

interface ExternalPick {
  total: Pick;
  byIndicator: Map<string, Pick>;
  /** The lines behind the total (grants, or the stated absence of separate funding). */
  lines: OwnerFinance['fundings'];
  knownZero: boolean;
}

const sumCents = (list: { amount: number | null }[]): number | null =>
  list.some((g) => g.amount === null) ? null : list.reduce((s, g) => s + toCents(g.amount as number), 0);

/** External grants the municipality received for an owner; "no separate funding" is a known 0. */
export function externalFunding(owner: OwnerFinance, code: string): ExternalPick {
  const single = owner.municipalityCodes.length === 1 && owner.municipalityCodes[0] === code;
  const mine = owner.fundings.filter((f) => f.recipientCode === code || (f.recipientCode === null && single));
  const grants = mine.filter((f) => f.kind === 'EXTERNAL_GRANT');
  const byIndicator = new Map<string, Pick>();
  for (const indicator of new Set(
    grants.map((g) => (g.funderKind && FUNDER_KIND_INDICATOR[g.funderKind]) ?? null),
  )) {
    if (!indicator) continue;
    const lines = grants.filter((g) => g.funderKind && FUNDER_KIND_INDICATOR[g.funderKind] === indicator);
    const cents = sumCents(lines);
    byIndicator.set(indicator, {
      cents,
      missing: cents === null ? 'AMOUNT_UNKNOWN' : null,
      inputs: lines.map((g) => grantInput(owner, g)),
      how: 'sum of grants',
      howFi: 'avustusten summa',
    });
  }
  if (grants.length) {
    const cents = sumCents(grants);
    return {
      total: {
        cents,
        missing: cents === null ? 'AMOUNT_UNKNOWN' : null,
        inputs: grants.map((g) => grantInput(owner, g)),
        how: 'sum of grants',
        howFi: 'avustusten summa',
      },
      byIndicator,
      lines: grants,
      knownZero: false,
    };
  }
  const none = mine.find((f) => f.kind === 'NO_SEPARATE_FUNDING');
  if (none) {
    const input = {
      label: `${owner.name}: no separate funding (stated)`,
      labelFi: `${owner.name}: ${labelOf('FundingKind', 'NO_SEPARATE_FUNDING').nameFi} (lähteen mukaan)`,
      kind: 'NO_SEPARATE_FUNDING',
      basis: null,
      value: 0,
      unit: 'EUR',
      recordType: 'FundingLine',
      recordId: none.id,
    };
    return {
      total: {
        cents: 0,
        missing: null,
        inputs: [input],
        how: 'no separate funding: a known 0',
        howFi: 'ei erillisrahoitusta: tiedossa oleva 0',
      },
      byIndicator,
      lines: [none],
      knownZero: true,
    };
  }
  return {
    total: {
      cents: null,
      missing: 'NOT_REPORTED',
      inputs: [],
      how: `${owner.name}: no funding reported`,
      howFi: `${owner.name}: rahoitusta ei ole raportoitu`,
    },
    byIndicator,
    lines: [],
    knownZero: false,
  };
}

function netOf(own: Pick, ext: Pick): Pick {
  return own.cents !== null && ext.cents !== null
    ? {
        cents: own.cents - ext.cents,
        missing: null,
        inputs: [...own.inputs, ...ext.inputs],
        how: 'own share − external funding',
        howFi: 'oma osuus − ulkopuolinen rahoitus',
      }
    : {
        cents: null,
        missing: own.cents === null ? own.missing : ext.missing,
        inputs: [...own.inputs, ...ext.inputs],
        how: 'own share or external funding unknown',
        howFi: 'oma osuus tai ulkopuolinen rahoitus tuntematon',
      };
}

/**
 * Every derived cost value of one project or practice for each of its municipalities, spread over
 * the calendar years of its period by days, in whole cents that add up to the amount exactly.
 * Unknown stays unknown, with the reason.
 */
export function deriveOwnerValues(owner: OwnerFinance): DerivedValue[] {
  const out: DerivedValue[] = [];
  const shares = owner.start && owner.end ? yearShares(owner.start, owner.end) : null;
  const years = owner.start && owner.end ? periodYears(owner.start, owner.end) : null;
  const anchorYear = owner.start ? Number(owner.start.slice(0, 4)) : null;
  const periodText = owner.start && owner.end ? `${owner.start} – ${owner.end}` : 'unknown period';
  const periodTextFi = owner.start && owner.end ? periodText : 'ajanjakso tuntematon';

  const emit = (indicator: string, code: string, pick: Pick, formula: string, formulaFi: string) => {
    const base = { indicator, municipalityCode: code };
    if (pick.cents === null) {
      out.push({
        ...base,
        year: anchorYear,
        value: null,
        cents: null,
        missingReason: pick.missing,
        explanation: {
          formula: `${formula}: ${pick.how}`,
          formulaFi: `${formulaFi}: ${pick.howFi}`,
          inputs: pick.inputs,
        },
      });
      return;
    }
    if (pick.cents === 0 || !shares) {
      const known = shares !== null || pick.cents === 0;
      out.push({
        ...base,
        year: anchorYear,
        value: known ? centsToEuros(pick.cents) : null,
        cents: known ? pick.cents : null,
        missingReason: known ? null : 'PERIOD_UNKNOWN',
        explanation: {
          formula: `${formula} (${periodText})`,
          formulaFi: `${formulaFi} (${periodTextFi})`,
          inputs: pick.inputs,
        },
      });
      return;
    }
    const yearList = [...shares.keys()];
    // Whole days as weights: equal years get equal parts, and the split is free of float noise.
    const parts = splitCents(pick.cents, [...yearDays(owner.start as string, owner.end as string).values()]);
    yearList.forEach((year, i) => {
      const cents = parts[i] as number;
      const share = shares.get(year) as number;
      out.push({
        ...base,
        year,
        // The year's proportional part as a number (for year-by-year series), and the same part in
        // whole cents that add up to the amount exactly (for every sum of money).
        value: centsToEuros(pick.cents as number) * share,
        cents,
        missingReason: null,
        explanation: {
          formula: `${formula} = ${formatCents(pick.cents as number)} × ${(share * 100).toFixed(1)} % (the part of ${periodText} in ${year}, by days) ≈ ${formatCents(cents)}`,
          formulaFi: `${formulaFi} = ${formatCentsFi(pick.cents as number)} × ${(share * 100).toFixed(1).replace('.', ',')} % (ajanjakson ${periodText} osuus vuodesta ${year} päivien mukaan) ≈ ${formatCentsFi(cents)}`,
          inputs: pick.inputs,
        },
      });
    });
  };

  for (const code of owner.municipalityCodes) {
    const own = ownCost(owner, code);
    const ext = externalFunding(owner, code);
    emit('OWN_PROJECT_COST', code, own, 'Own share of costs', 'Kunnan oma osuus kustannuksista');
    emit('EXTERNAL_FUNDING', code, ext.total, 'External funding', 'Ulkopuolinen rahoitus');
    for (const [indicator, pick] of ext.byIndicator)
      emit(
        indicator,
        code,
        pick,
        'External funding by funder kind',
        'Ulkopuolinen rahoitus rahoittajan lajin mukaan',
      );
    emit(
      'NET_OWN_CONTRIBUTION',
      code,
      netOf(own, ext.total),
      'Own share − external funding',
      'Oma osuus − ulkopuolinen rahoitus',
    );
    if (own.cents !== null && years !== null) {
      out.push({
        indicator: 'COSTED_PROJECT_YEARS',
        municipalityCode: code,
        year: anchorYear,
        value: years,
        cents: null,
        missingReason: null,
        explanation: {
          formula: `Years of activity (${periodText})`,
          formulaFi: `Toimintavuodet (${periodTextFi})`,
          inputs: [
            {
              label: `${owner.name}: period ${periodText}`,
              labelFi: `${owner.name}: ajanjakso ${periodTextFi}`,
              value: years,
              unit: 'years',
            },
          ],
        },
      });
    }
  }
  return out;
}

/** One part of what a project or practice cost a municipality, in cents, with where it comes from. */
export interface CostFigure {
  role: CostRole;
  /** Integer cents; null when unknown (see missingReason), never 0 for unknown. */
  cents: number | null;
  missingReason: MissingReason | null;
  /** ESTIMATE or REALISED; null when the inputs do not say (a granted amount) or nothing is known. */
  basis: CostBasis | null;
  /** Computed from other figures (with `formula`), not stated in a document. */
  derived: boolean;
  formula: string | null;
  /** The same in Finnish. */
  formulaFi: string | null;
  /** A stated absence ("no separate funding"): the 0 is known, not missing. */
  knownZero: boolean;
  /** Caveat in English, e.g. that external funding is a granted amount. */
  note: string | null;
  /** The same caveat in Finnish. */
  noteFi: string | null;
  /** The records the figure is taken or computed from (their citations back it). */
  inputs: ExplanationInput[];
}

/** A derived percentage (external funding's share of a whole budget). */
export interface RatioFigure {
  role: CostRole;
  percent: number | null;
  numeratorCents: number | null;
  denominatorCents: number | null;
  missingReason: MissingReason | null;
  basis: CostBasis | null;
  formula: string;
  formulaFi: string;
  inputs: ExplanationInput[];
}

/** Gross cost, external funding and net own cost of one project or practice for one municipality. */
export interface CostRoles {
  municipalityCode: string;
  gross: CostFigure;
  externalFunding: CostFigure;
  netOwnCost: CostFigure;
  /** The whole (consortium's) budget, when a document gives one apart from the municipality's share. */
  wholeBudget: CostFigure | null;
  /** Whole budget − the municipality's share: the other parties' parts together (derived). */
  restOfWhole: CostFigure | null;
  /** External funding ÷ whole budget × 100 (derived). */
  externalShareOfWhole: RatioFigure | null;
  /** Calendar years the figures cover (the owner's period); null when unknown. */
  fromYear: number | null;
  toYear: number | null;
}

const weakest = (bases: (CostBasis | null)[]): CostBasis | null => {
  const known = bases.filter((b): b is CostBasis => b !== null);
  if (!known.length) return null;
  return known.includes('ESTIMATE') ? 'ESTIMATE' : 'REALISED';
};

const figure = (role: CostRole, pick: Pick, rest: Partial<CostFigure> = {}): CostFigure => ({
  role,
  cents: pick.cents,
  missingReason: pick.cents === null ? pick.missing : null,
  basis: null,
  derived: false,
  formula: null,
  formulaFi: null,
  knownZero: false,
  note: null,
  noteFi: null,
  inputs: pick.inputs,
  ...rest,
});

/**
 * What one project or practice cost one municipality, told apart: gross cost (its share, or the
 * whole cost when it carries it alone), external funding, net own cost = gross − external, and —
 * when a document gives a whole budget besides the share — the other parties' part and external
 * funding's share of the whole, both labelled derived with their formula.
 */
export function costRoles(owner: OwnerFinance, code: string): CostRoles {
  const chosen = ownCostItem(owner, code);
  const own = ownCost(owner, code);
  const ext = externalFunding(owner, code);
  const grossBasis = chosen?.basis ?? null;
  const grantBases = ext.lines.map((l) => (l.kind === 'EXTERNAL_GRANT' ? (l.basis ?? null) : null));
  const extBasis = ext.knownZero
    ? null
    : grantBases.every((b) => b === grantBases[0])
      ? (grantBases[0] ?? null)
      : weakest(grantBases);
  const granted = ext.lines.filter((l) => l.kind === 'EXTERNAL_GRANT' && !l.basis);
  const grantNote = granted.length
    ? 'External funding is the granted amount (funding decision); the documents do not say what was paid out.'
    : null;
  const grantNoteFi = granted.length
    ? 'Ulkopuolinen rahoitus on myönnetty summa (rahoituspäätös); asiakirjat eivät kerro, mitä maksettiin.'
    : null;
  const gross = figure('GROSS_COST', own, { basis: grossBasis });
  const external = figure('EXTERNAL_FUNDING', ext.total, {
    basis: extBasis,
    knownZero: ext.knownZero,
    note: ext.knownZero ? 'The source states there was no separate funding: a known 0 €.' : grantNote,
    noteFi: ext.knownZero ? 'Lähteen mukaan erillisrahoitusta ei ollut: tiedossa oleva 0 €.' : grantNoteFi,
  });
  const net = netOf(own, ext.total);
  const netOwnCost = figure('NET_OWN_COST', net, {
    basis: weakest([grossBasis, extBasis]),
    derived: true,
    formula:
      own.cents !== null && ext.total.cents !== null
        ? `gross cost − external funding = ${formatCents(own.cents)} − ${formatCents(ext.total.cents)} = ${formatCents(own.cents - ext.total.cents)}`
        : 'gross cost − external funding (one of them is unknown)',
    formulaFi:
      own.cents !== null && ext.total.cents !== null
        ? `bruttokustannus − ulkopuolinen rahoitus = ${formatCentsFi(own.cents)} − ${formatCentsFi(ext.total.cents)} = ${formatCentsFi(own.cents - ext.total.cents)}`
        : 'bruttokustannus − ulkopuolinen rahoitus (toinen niistä on tuntematon)',
    note: grantNote,
    noteFi: grantNoteFi,
  });

  const whole =
    chosen?.kind === 'MUNICIPALITY_SHARE'
      ? (owner.costs
          .filter((c) => c.kind === 'TOTAL_BUDGET' || c.kind === 'TOTAL_COSTS')
          .find((c) => c.basis === chosen.basis) ??
        owner.costs.find((c) => c.kind === 'TOTAL_BUDGET' || c.kind === 'TOTAL_COSTS'))
      : undefined;
  let wholeBudget: CostFigure | null = null;
  let restOfWhole: CostFigure | null = null;
  let externalShareOfWhole: RatioFigure | null = null;
  if (whole) {
    const wholeCents = centsOf(whole.amount);
    wholeBudget = figure(
      'WHOLE_BUDGET',
      { cents: wholeCents, missing: 'AMOUNT_UNKNOWN', inputs: [costInput(owner, whole)], how: '', howFi: '' },
      { basis: whole.basis },
    );
    const restKnown = wholeCents !== null && own.cents !== null;
    restOfWhole = figure(
      'REST_OF_WHOLE',
      {
        cents: restKnown ? (wholeCents as number) - (own.cents as number) : null,
        missing: 'AMOUNT_UNKNOWN',
        inputs: [costInput(owner, whole), ...own.inputs],
        how: '',
        howFi: '',
      },
      {
        basis: weakest([whole.basis, grossBasis]),
        derived: true,
        formula: restKnown
          ? `whole budget − the municipality’s share = ${formatCents(wholeCents as number)} − ${formatCents(own.cents as number)} = ${formatCents((wholeCents as number) - (own.cents as number))} (the other parties together)`
          : 'whole budget − the municipality’s share (one of them is unknown)',
        formulaFi: restKnown
          ? `koko budjetti − kunnan osuus = ${formatCentsFi(wholeCents as number)} − ${formatCentsFi(own.cents as number)} = ${formatCentsFi((wholeCents as number) - (own.cents as number))} (muut osapuolet yhteensä)`
          : 'koko budjetti − kunnan osuus (toinen niistä on tuntematon)',
      },
    );
    const ratioKnown = wholeCents !== null && wholeCents > 0 && ext.total.cents !== null;
    externalShareOfWhole = {
      role: 'EXTERNAL_SHARE_OF_WHOLE',
      percent: ratioKnown ? ((ext.total.cents as number) / (wholeCents as number)) * 100 : null,
      numeratorCents: ext.total.cents,
      denominatorCents: wholeCents,
      missingReason: ratioKnown ? null : wholeCents === 0 ? 'NOT_APPLICABLE' : 'AMOUNT_UNKNOWN',
      basis: weakest([whole.basis, extBasis]),
      formula: ratioKnown
        ? `external funding ÷ whole budget × 100 = ${formatCents(ext.total.cents as number)} ÷ ${formatCents(wholeCents as number)} × 100`
        : 'external funding ÷ whole budget × 100 (one of them is unknown)',
      formulaFi: ratioKnown
        ? `ulkopuolinen rahoitus ÷ koko budjetti × 100 = ${formatCentsFi(ext.total.cents as number)} ÷ ${formatCentsFi(wholeCents as number)} × 100`
        : 'ulkopuolinen rahoitus ÷ koko budjetti × 100 (toinen niistä on tuntematon)',
      inputs: [...ext.total.inputs, costInput(owner, whole)],
    };
  }
  return {
    municipalityCode: code,
    gross,
    externalFunding: external,
    netOwnCost,
    wholeBudget,
    restOfWhole,
    externalShareOfWhole,
    fromYear: owner.start ? Number(owner.start.slice(0, 4)) : null,
    toYear: owner.end ? Number(owner.end.slice(0, 4)) : null,
  };
}

/**
 * Sums of several owners' figures of one role, in cents. An item that reports no such figure at
 * all (NOT_REPORTED) is left out and counted in the note; an item whose figure exists but whose
 * amount is unknown makes the sum unknown. The basis is the weakest of the summed figures.
 */
export function sumFigures(role: CostRole, figures: CostFigure[]): CostFigure {
  if (!figures.length)
    return figure(
      role,
      { cents: null, missing: 'NOT_APPLICABLE', inputs: [], how: '', howFi: '' },
      {
        derived: true,
        formula: 'no projects or practices: nothing to sum (not applicable, not unknown)',
        formulaFi: 'ei hankkeita eikä toimintamalleja: ei laskettavaa (ei sovellu, ei tuntematon)',
      },
    );
  const reported = figures.filter((f) => !(f.cents === null && f.missingReason === 'NOT_REPORTED'));
  const left = figures.length - reported.length;
  const leftNote = left
    ? `${left} of ${figures.length} project(s)/practice(s) report no such figure and are left out.`
    : null;
  const leftNoteFi = left
    ? `${left}/${figures.length} hankkeesta tai toimintamallista ei raportoi tätä lukua, eikä niitä ole laskettu mukaan.`
    : null;
  if (!reported.length)
    return figure(
      role,
      { cents: null, missing: 'NOT_REPORTED', inputs: [], how: '', howFi: '' },
      {
        derived: true,
        formula: 'no project or practice reports this figure',
        formulaFi: 'yksikään hanke tai toimintamalli ei raportoi tätä lukua',
        note: leftNote,
        noteFi: leftNoteFi,
      },
    );
  const unknown = reported.find((f) => f.cents === null);
  const notes = [...new Set(reported.map((f) => f.note).filter((n): n is string => !!n)), leftNote].filter(
    Boolean,
  );
  const notesFi = [
    ...new Set(reported.map((f) => f.noteFi).filter((n): n is string => !!n)),
    leftNoteFi,
  ].filter(Boolean);
  return figure(
    role,
    {
      cents: unknown ? null : reported.reduce((s, f) => s + (f.cents as number), 0),
      missing: unknown?.missingReason ?? null,
      inputs: reported.flatMap((f) => f.inputs),
      how: '',
      howFi: '',
    },
    {
      basis: weakest(reported.map((f) => f.basis)),
      derived: reported.length > 1 || reported.some((f) => f.derived),
      formula: unknown
        ? `sum over ${reported.length} project(s)/practice(s); at least one amount is unknown`
        : reported.length === 1
          ? (reported[0]?.formula ?? null)
          : `sum over ${reported.length} project(s)/practice(s): ${reported.map((f) => formatCents(f.cents as number)).join(' + ')}`,
      formulaFi: unknown
        ? `summa ${reported.length} hankkeesta tai toimintamallista; ainakin yksi summa on tuntematon`
        : reported.length === 1
          ? (reported[0]?.formulaFi ?? null)
          : `summa ${reported.length} hankkeesta tai toimintamallista: ${reported.map((f) => formatCentsFi(f.cents as number)).join(' + ')}`,
      knownZero: reported.every((f) => f.knownZero),
      note: notes.join(' ') || null,
      noteFi: notesFi.join(' ') || null,
    },
  );
}

/** One project's or practice's figures for a municipality, beside the owner they come from. */
export interface OwnerCostRoles {
  owner: OwnerFinance;
  roles: CostRoles;
}

/** What a municipality's development work cost it: the summed roles, their years, and every item. */
export interface MunicipalityCostSums {
  municipalityCode: string;
  gross: CostFigure;
  externalFunding: CostFigure;
  netOwnCost: CostFigure;
  /** Earliest and latest year of the items' periods; null when none is known. */
  fromYear: number | null;
  toYear: number | null;
  items: OwnerCostRoles[];
}

/**
 * Gross cost, external funding and net own cost of one municipality summed over the owners it takes
 * part in (in the order given: the items are listed so), with every owner's own figures. Owners the
 * municipality is not part of are skipped; none at all gives NOT_APPLICABLE sums (see sumFigures).
 */
export function municipalityCostSums(owners: readonly OwnerFinance[], code: string): MunicipalityCostSums {
  const items = owners
    .filter((owner) => owner.municipalityCodes.includes(code))
    .map((owner) => ({ owner, roles: costRoles(owner, code) }));
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const { roles } of items) {
    if (roles.fromYear !== null && roles.fromYear < from) from = roles.fromYear;
    if (roles.toYear !== null && roles.toYear > to) to = roles.toYear;
  }
  const sum = (role: CostRole, key: 'gross' | 'externalFunding' | 'netOwnCost') =>
    sumFigures(
      role,
      items.map((i) => i.roles[key]),
    );
  return {
    municipalityCode: code,
    gross: sum('GROSS_COST', 'gross'),
    externalFunding: sum('EXTERNAL_FUNDING', 'externalFunding'),
    netOwnCost: sum('NET_OWN_COST', 'netOwnCost'),
    fromYear: Number.isFinite(from) ? from : null,
    toYear: Number.isFinite(to) ? to : null,
    items,
  };
}
