import type { CostBasis, CostKind, FundingKind } from '@vertailu/data/vocabulary';
import { type OwnerFinance, ownCost } from './derive';
import { toCents } from './money';

/**
 * "What would adopting this practice cost us?" — an estimate scaled from what the documents state,
 * with every step, input and assumption visible. Money is integer cents throughout; the only
 * divisions are done once, in BigInt, at the end (low rounded down, high rounded up, so the range
 * always contains the exact value). Nothing unknown is turned into a number.
 */

/** What the practice's cost scales with. Chosen from its target groups unless the user picks one. */
export const POPULATION_BASES = ['FAMILIES_UNDER_SCHOOL_AGE', 'CHILDREN_0_17', 'WHOLE_POPULATION'] as const;
export type PopulationBase = (typeof POPULATION_BASES)[number];

/**
 * The statistics series each base reads, by indicator code; null when the data set has no such
 * series at all (there is no register count of families with children under school age in it).
 */
export const POPULATION_BASE_INDICATOR: Record<PopulationBase, string | null> = {
  FAMILIES_UNDER_SCHOOL_AGE: null,
  CHILDREN_0_17: 'POPULATION_0_17',
  WHOLE_POPULATION: 'POPULATION',
};

/** Target-group codes (packages/data vocabulary) → the most specific base they scale with. */
const TARGET_GROUP_BASE: Record<string, PopulationBase> = {
  TWO_YEAR_OLDS: 'FAMILIES_UNDER_SCHOOL_AGE',
  CHILDREN_UNDER_SCHOOL_AGE: 'FAMILIES_UNDER_SCHOOL_AGE',
  FAMILIES_WITH_CHILDREN: 'CHILDREN_0_17',
  PARENTS: 'CHILDREN_0_17',
  CHILDREN_AND_YOUNG_PEOPLE: 'CHILDREN_0_17',
  YOUNG_PEOPLE: 'CHILDREN_0_17',
};

/** Bases that fit the target groups, most specific first, always ending with the whole population. */
export function basesForTargetGroups(targetGroups: readonly string[]): PopulationBase[] {
  const fitting = new Set(targetGroups.map((g) => TARGET_GROUP_BASE[g]).filter(Boolean));
  return POPULATION_BASES.filter((b) => fitting.has(b) || b === 'WHOLE_POPULATION');
}

export interface FactRef {
  recordType: 'CostItem' | 'FundingLine' | 'Outcome' | 'Practice' | 'Project' | 'IndicatorValue';
  recordId: number;
}

export interface CostFact<C> extends FactRef {
  kind: CostKind;
  basis: CostBasis;
  /** Euros as stored; converted to cents here. null = a cost exists, its amount is not stated. */
  amount: number | null;
  municipalityCode: string | null;
  citations: C[];
}

export interface FundingFact<C> extends FactRef {
  kind: FundingKind;
  amount: number | null;
  funderName: string | null;
  recipientCode: string | null;
  citations: C[];
}

/** A statement about running cost or cost-effect in words (an outcome in the SERVICE_COST domain). */
export interface CostStatement<C> extends FactRef {
  summary: string;
  /** A figure, when the document gives one in euros; otherwise null. */
  amount: number | null;
  citations: C[];
}

export interface OwnerFacts<C> {
  id: number;
  name: string;
  municipalityCodes: string[];
  /** ISO dates; null when not stated. */
  start: string | null;
  end: string | null;
  costs: CostFact<C>[];
  fundings: FundingFact<C>[];
}

export interface PopulationFigure {
  municipalityCode: string;
  year: number;
  value: number;
  /** Where the figure comes from, as the data set names it. */
  source: string | null;
  recordId: number | null;
}

export interface AdoptionInput<C> {
  practice: OwnerFacts<C> & { municipalityCode: string; targetGroups: string[] };
  /** The project the practice was developed in, with the practices it developed. */
  parent:
    | (OwnerFacts<C> & {
        /** Practices the parent names as its development lines (kehittämislinjat). */
        developmentLines: { id: number; name: string }[];
        /** Every practice recorded as developed in the parent (used when it names no lines). */
        practices: { id: number; name: string }[];
        /** The passages naming the development lines. */
        linesCitations: C[];
      })
    | null;
  statements: CostStatement<C>[];
  target: { code: string; name: string };
  home: { code: string; name: string };
  /** Every figure the data set has for the two municipalities, by base. */
  population: Record<PopulationBase, PopulationFigure[]>;
}

export interface AdoptionAssumptions {
  /** How much of the parent project's cost belongs to this practice. Default: an equal split. */
  parentShare?:
    | { method: 'EQUAL_SPLIT' }
    | {
        method: 'USER_SET';
        /** Percent, 0 < low ≤ high ≤ 100, at most two decimals. */
        lowPercent: number;
        highPercent: number;
      };
  /** Default: the most specific base fitting the target groups that has figures for both municipalities. */
  populationBase?: PopulationBase;
  /** Part of the cost that does not grow with the population, percent. Default 0–100 (unknown). */
  fixedPercent?: { low: number; high: number };
}

export class AdoptionInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export interface Money {
  /** Integer cents. */
  cents: number;
}

export interface StepInput<C> extends Partial<FactRef> {
  label: string;
  /** Exact value as text (cents as euros "220395.00", counts, fractions "1/5"). */
  value: string;
  unit: 'EUR' | 'PERSONS' | 'SHARE' | 'RATIO' | 'YEAR';
  citations: C[];
  /** Extra provenance in words (a statistics row's source). */
  source?: string | null;
}

export type StepKind =
  | 'PRACTICE_COST'
  | 'PARENT_COST'
  | 'SHARE_OF_PARENT'
  | 'POPULATION_BASE'
  | 'SCALED_COST'
  | 'RUNNING_COST';

export interface Step<C> {
  kind: StepKind;
  /** The formula with its numbers, in English (the dashboard words it per language from the parts). */
  formula: string;
  /** Result of the step as a range of cents, or a ratio range; null when the step gives no money. */
  low: Money | null;
  high: Money | null;
  inputs: StepInput<C>[];
  /** Codes of the assumptions the step uses. */
  assumptions: AssumptionCode[];
}

export type AssumptionCode = 'PARENT_SHARE' | 'POPULATION_BASE' | 'FIXED_PART' | 'PRICE_LEVEL';

export interface AssumptionUsed {
  code: AssumptionCode;
  /** EQUAL_SPLIT | USER_SET; a PopulationBase; FIXED_RANGE; NOT_ADJUSTED. */
  method: string;
  /** Low and high of the assumption, as percentages where it is a share (null when not a share). */
  lowPercent: number | null;
  highPercent: number | null;
  isDefault: boolean;
  explanation: string;
  /** For POPULATION_BASE: every base that fits the target groups, most specific first. */
  options: string[];
}

export type KnownKind =
  | 'PRACTICE_COST'
  | 'PARENT_COST'
  | 'EXTERNAL_FUNDING'
  | 'NO_SEPARATE_FUNDING'
  | 'DEVELOPMENT_LINES'
  | 'RUNNING_COST_STATEMENT';

export interface Known<C> extends Partial<FactRef> {
  kind: KnownKind;
  label: string;
  /** Reported amount in cents; null when the document gives no figure (the statement is in `label`). */
  amount: Money | null;
  basis: CostBasis | null;
  citations: C[];
}

export type MissingCode =
  | 'NO_COST_REPORTED'
  | 'COST_NOT_REPORTED_NO_SEPARATE_FUNDING'
  | 'GRANT_AMOUNT_UNKNOWN'
  | 'BASE_NOT_IN_DATASET'
  | 'NO_HOME_POPULATION'
  | 'NO_TARGET_POPULATION'
  | 'NO_RUNNING_COST_FIGURE';

export interface Missing {
  code: MissingCode;
  message: string;
}

export interface Estimate {
  low: Money;
  high: Money;
}

export interface AdoptionEstimate<C> {
  /** Development cost scaled to the target; null = cannot be estimated (see `missing`). */
  development: Estimate | null;
  /** Running cost scaled to the target; null when no figure is reported (statements in `known`). */
  running: Estimate | null;
  known: Known<C>[];
  assumptions: AssumptionUsed[];
  steps: Step<C>[];
  missing: Missing[];
  populationBase: PopulationBase;
  homePopulation: PopulationFigure | null;
  targetPopulation: PopulationFigure | null;
}

/** Cents as an exact euro string: 22039500 → "220395.00". */
export function centsText(cents: number | bigint): string {
  const c = BigInt(cents);
  const sign = c < 0n ? '-' : '';
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Percent with at most two decimals → basis points (hundredths of a percent), exactly. */
export function basisPoints(percent: number, field: string): number {
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(bp - percent * 100) > 1e-6)
    throw new AdoptionInputError(field, `must be a percentage with at most two decimals (got ${percent}).`);
  if (bp < 0 || bp > 10_000)
    throw new AdoptionInputError(field, `must be between 0 and 100 (got ${percent}).`);
  return bp;
}

const divFloor = (n: bigint, d: bigint) => n / d; // both non-negative here
const divCeil = (n: bigint, d: bigint) => (n + d - 1n) / d;

interface Share {
  num: bigint;
  den: bigint;
}

/**
 * The scaled cost for one corner of the assumptions: C × s × (f + (1 − f) × Pt / Ph), as an exact
 * fraction (numerator, denominator) over integers.
 */
function corner(c: bigint, s: Share, fBp: bigint, ph: bigint, pt: bigint): { n: bigint; d: bigint } {
  return { n: c * s.num * (fBp * ph + (10_000n - fBp) * pt), d: s.den * 10_000n * ph };
}

/** Low and high over every corner of the assumption box (the formula is monotone in each assumption). */
export function scaledRange(
  costCents: number,
  shares: [Share, Share],
  fixedBp: [number, number],
  homePopulation: number,
  targetPopulation: number,
): Estimate {
  const c = BigInt(costCents);
  const ph = BigInt(homePopulation);
  const pt = BigInt(targetPopulation);
  let low: bigint | null = null;
  let high: bigint | null = null;
  for (const s of shares)
    for (const f of fixedBp) {
      const { n, d } = corner(c, s, BigInt(f), ph, pt);
      const lo = divFloor(n, d);
      const hi = divCeil(n, d);
      if (low === null || lo < low) low = lo;
      if (high === null || hi > high) high = hi;
    }
  return { low: { cents: Number(low) }, high: { cents: Number(high) } };
}

function pickFigure(figures: PopulationFigure[], code: string, near: { from: number; to: number } | null) {
  const own = figures.filter((f) => f.municipalityCode === code).sort((a, b) => a.year - b.year);
  if (!own.length) return { figure: null, note: null as string | null };
  if (!near) return { figure: own[own.length - 1] ?? null, note: 'latest year in the data set' };
  const inside = own.filter((f) => f.year >= near.from && f.year <= near.to);
  if (inside.length)
    return { figure: inside[inside.length - 1] ?? null, note: 'last year of the period with a figure' };
  const nearest = [...own].sort(
    (a, b) =>
      Math.min(Math.abs(a.year - near.from), Math.abs(a.year - near.to)) -
        Math.min(Math.abs(b.year - near.from), Math.abs(b.year - near.to)) || b.year - a.year,
  )[0];
  return {
    figure: nearest ?? null,
    note: `no figure for ${near.from}–${near.to}; nearest year ${nearest?.year} used`,
  };
}

const eur = (cents: number) => `${centsText(cents)} €`;

const financeOf = <C>(o: OwnerFacts<C>): OwnerFinance => ({
  ownerType: 'Project',
  ownerId: o.id,
  name: o.name,
  municipalityCodes: o.municipalityCodes,
  start: o.start,
  end: o.end,
  costs: o.costs.map((c) => ({
    id: c.recordId,
    kind: c.kind,
    basis: c.basis,
    amount: c.amount,
    municipalityCode: c.municipalityCode,
  })),
  fundings: [],
});

function validate(a: AdoptionAssumptions) {
  const share =
    a.parentShare?.method === 'USER_SET'
      ? ([
          basisPoints(a.parentShare.lowPercent, 'assumptions.parentShare.lowPercent'),
          basisPoints(a.parentShare.highPercent, 'assumptions.parentShare.highPercent'),
        ] as const)
      : null;
  if (share && share[0] === 0)
    throw new AdoptionInputError('assumptions.parentShare.lowPercent', 'must be more than 0.');
  if (share && share[0] > share[1])
    throw new AdoptionInputError('assumptions.parentShare.highPercent', 'must not be below lowPercent.');
  const fixed = a.fixedPercent
    ? ([
        basisPoints(a.fixedPercent.low, 'assumptions.fixedPercent.low'),
        basisPoints(a.fixedPercent.high, 'assumptions.fixedPercent.high'),
      ] as [number, number])
    : ([0, 10_000] as [number, number]);
  if (fixed[0] > fixed[1])
    throw new AdoptionInputError('assumptions.fixedPercent.high', 'must not be below low.');
  if (a.populationBase !== undefined && !POPULATION_BASES.includes(a.populationBase))
    throw new AdoptionInputError('assumptions.populationBase', `unknown base ${a.populationBase}.`);
  return { share, fixed };
}

/**
 * Estimates the development and running cost of adopting `input.practice` in `input.target`.
 * Throws AdoptionInputError (with the field) for assumptions out of range.
 */
export function adoptionEstimate<C>(
  input: AdoptionInput<C>,
  assumptions: AdoptionAssumptions = {},
): AdoptionEstimate<C> {
  const { share: userShare, fixed } = validate(assumptions);
  const { practice, parent } = input;
  const known: Known<C>[] = [];
  const steps: Step<C>[] = [];
  const missing: Missing[] = [];
  const used: AssumptionUsed[] = [];
  const homeCode = practice.municipalityCode;

  // What is known: every reported figure, kept apart from the estimate.
  const costLabel = (o: OwnerFacts<C>, c: CostFact<C>) =>
    `${o.name}: ${c.kind === 'MUNICIPALITY_SHARE' ? 'municipality’s share' : c.kind === 'TOTAL_COSTS' ? 'total costs' : 'total budget'}`;
  for (const [owner, kind] of [
    [practice, 'PRACTICE_COST'],
    [parent, 'PARENT_COST'],
  ] as const) {
    if (!owner) continue;
    for (const c of owner.costs)
      known.push({
        kind,
        label: costLabel(owner, c),
        amount: c.amount === null ? null : { cents: toCents(c.amount) },
        basis: c.basis,
        recordType: c.recordType,
        recordId: c.recordId,
        citations: c.citations,
      });
    for (const f of owner.fundings)
      known.push({
        kind: f.kind === 'NO_SEPARATE_FUNDING' ? 'NO_SEPARATE_FUNDING' : 'EXTERNAL_FUNDING',
        label:
          f.kind === 'NO_SEPARATE_FUNDING'
            ? `${owner.name}: no separate funding — developed within normal budgets; the cost exists but is not reported`
            : `${owner.name}: ${f.kind === 'OWN_FUNDING' ? 'own funding' : `grant from ${f.funderName ?? 'an unnamed funder'}`}${f.amount === null ? ' (amount not stated)' : ''}`,
        amount: f.amount === null || f.kind === 'NO_SEPARATE_FUNDING' ? null : { cents: toCents(f.amount) },
        basis: null,
        recordType: f.recordType,
        recordId: f.recordId,
        citations: f.citations,
      });
  }
  const lines = parent
    ? parent.developmentLines.length
      ? parent.developmentLines
      : parent.practices.length
        ? parent.practices
        : [{ id: practice.id, name: practice.name }]
    : [];
  if (parent?.developmentLines.length)
    known.push({
      kind: 'DEVELOPMENT_LINES',
      label: `${parent.name} names ${parent.developmentLines.length} development lines: ${parent.developmentLines.map((l) => l.name).join('; ')}`,
      amount: null,
      basis: null,
      recordType: 'Project',
      recordId: parent.id,
      citations: parent.linesCitations,
    });
  for (const s of input.statements)
    known.push({
      kind: 'RUNNING_COST_STATEMENT',
      label: s.summary,
      amount: s.amount === null ? null : { cents: toCents(s.amount) },
      basis: null,
      recordType: s.recordType,
      recordId: s.recordId,
      citations: s.citations,
    });

  // Step 1: the development cost the documents give for the home municipality.
  const ownPick = ownCost(financeOf(practice), homeCode);
  const parentPick = parent ? ownCost(financeOf(parent), homeCode) : null;
  const source: { owner: OwnerFacts<C>; cost: CostFact<C>; fromParent: boolean } | null = (() => {
    const byId = (o: OwnerFacts<C>, id: number | undefined) => o.costs.find((c) => c.recordId === id);
    if (ownPick.cents !== null) {
      const cost = byId(practice, ownPick.inputs[0]?.recordId);
      if (cost) return { owner: practice, cost, fromParent: false };
    }
    if (parent && parentPick?.cents !== null) {
      const cost = byId(parent, parentPick?.inputs[0]?.recordId);
      if (cost) return { owner: parent, cost, fromParent: true };
    }
    return null;
  })();

  // The population base: asked for, or the most specific fitting one with figures for both.
  const options = basesForTargetGroups(practice.targetGroups);
  // The home figure is taken from the years the cost was incurred in.
  const dated = [source?.owner, practice, parent].find((o) => o?.start);
  const period = dated?.start
    ? { from: Number(dated.start.slice(0, 4)), to: Number((dated.end ?? dated.start).slice(0, 4)) }
    : null;
  const figuresFor = (b: PopulationBase) => ({
    home: pickFigure(input.population[b] ?? [], homeCode, period),
    target: pickFigure(input.population[b] ?? [], input.target.code, null),
  });
  const base: PopulationBase =
    assumptions.populationBase ??
    options.find((b) => {
      const f = figuresFor(b);
      return f.home.figure && f.target.figure;
    }) ??
    options.find((b) => POPULATION_BASE_INDICATOR[b] !== null && figuresFor(b).home.figure) ??
    'WHOLE_POPULATION';
  const figures = figuresFor(base);
  const best = options[0];
  used.push({
    code: 'POPULATION_BASE',
    method: base,
    lowPercent: null,
    highPercent: null,
    isDefault: assumptions.populationBase === undefined,
    explanation:
      assumptions.populationBase !== undefined
        ? `Chosen by the user: the cost grows with ${base}.`
        : base === best
          ? `Chosen from the target groups (${practice.targetGroups.join(', ') || 'none stated'}): the cost grows with ${base}.`
          : `The target groups (${practice.targetGroups.join(', ') || 'none stated'}) fit ${best} best, but the data set has no figures for it for both municipalities; ${base} is used instead.`,
    options,
  });

  // Development cost.
  let development: Estimate | null = null;
  if (!source) {
    const noSeparate = [...practice.fundings, ...(parent?.fundings ?? [])].find(
      (f) => f.kind === 'NO_SEPARATE_FUNDING',
    );
    const unknownGrant = [...practice.fundings, ...(parent?.fundings ?? [])].find(
      (f) => f.kind === 'EXTERNAL_GRANT' && f.amount === null,
    );
    if (noSeparate)
      missing.push({
        code: 'COST_NOT_REPORTED_NO_SEPARATE_FUNDING',
        message:
          'Cannot be estimated: the practice was developed without separate funding, within normal budgets — the cost exists but is not reported.',
      });
    if (unknownGrant)
      missing.push({
        code: 'GRANT_AMOUNT_UNKNOWN',
        message: `Cannot be estimated: the grant from ${unknownGrant.funderName ?? 'an unnamed funder'} is mentioned, but its amount is not stated.`,
      });
    if (!noSeparate && !unknownGrant)
      missing.push({
        code: 'NO_COST_REPORTED',
        message: `Cannot be estimated: no development cost is reported for the practice${parent ? ` or for its project ${parent.name}` : ''}.`,
      });
  } else {
    const costCents = toCents(source.cost.amount as number);
    const costInput: StepInput<C> = {
      label: `${costLabel(source.owner, source.cost)} (${source.cost.basis.toLowerCase()})`,
      value: centsText(costCents),
      unit: 'EUR',
      recordType: source.cost.recordType,
      recordId: source.cost.recordId,
      citations: source.cost.citations,
    };
    let shares: [Share, Share] = [
      { num: 1n, den: 1n },
      { num: 1n, den: 1n },
    ];
    if (!source.fromParent) {
      steps.push({
        kind: 'PRACTICE_COST',
        formula: `Reported development cost of the practice = ${eur(costCents)}`,
        low: { cents: costCents },
        high: { cents: costCents },
        inputs: [costInput],
        assumptions: [],
      });
    } else if (parent) {
      steps.push({
        kind: 'PARENT_COST',
        formula: `${parent.name}: the home municipality’s cost = ${eur(costCents)}`,
        low: { cents: costCents },
        high: { cents: costCents },
        inputs: [costInput],
        assumptions: [],
      });
      shares = userShare
        ? [
            { num: BigInt(userShare[0]), den: 10_000n },
            { num: BigInt(userShare[1]), den: 10_000n },
          ]
        : [
            { num: 1n, den: BigInt(lines.length) },
            { num: 1n, den: BigInt(lines.length) },
          ];
      const shareText = (s: Share) => (s.den === 10_000n ? `${centsText(s.num)} %` : `1/${s.den}`);
      const lowCost = scaledRange(costCents, [shares[0], shares[0]], [10_000, 10_000], 1, 1).low;
      const highCost = scaledRange(costCents, [shares[1], shares[1]], [10_000, 10_000], 1, 1).high;
      steps.push({
        kind: 'SHARE_OF_PARENT',
        formula: userShare
          ? `${eur(costCents)} × ${shareText(shares[0])}…${shareText(shares[1])} (share set by the user) = ${eur(lowCost.cents)}…${eur(highCost.cents)}`
          : `${eur(costCents)} × ${shareText(shares[0])} (equal split among ${lines.length} ${parent.developmentLines.length ? 'development lines' : 'practices developed in the project'}) = ${eur(lowCost.cents)}`,
        low: lowCost,
        high: highCost,
        inputs: [
          costInput,
          {
            label: parent.developmentLines.length
              ? 'development lines of the project'
              : 'practices recorded as developed in the project',
            value: String(lines.length),
            unit: 'SHARE',
            recordType: 'Project',
            recordId: parent.id,
            citations: parent.linesCitations,
          },
        ],
        assumptions: ['PARENT_SHARE'],
      });
      used.push({
        code: 'PARENT_SHARE',
        method: userShare ? 'USER_SET' : 'EQUAL_SPLIT',
        lowPercent: userShare ? userShare[0] / 100 : 100 / lines.length,
        highPercent: userShare ? userShare[1] / 100 : 100 / lines.length,
        isDefault: !userShare,
        explanation: userShare
          ? `The user set this practice's share of the project's cost to ${userShare[0] / 100}–${userShare[1] / 100} %.`
          : `The project's cost is split equally among its ${lines.length} ${parent.developmentLines.length ? 'development lines' : 'practices'}: the documents do not say how it was divided.`,
        options: ['EQUAL_SPLIT', 'USER_SET'],
      });
    }

    const home = figures.home.figure;
    const target = figures.target.figure;
    if (POPULATION_BASE_INDICATOR[base] === null)
      missing.push({
        code: 'BASE_NOT_IN_DATASET',
        message: `Cannot be scaled: the data set has no figures for ${base} for any municipality.`,
      });
    else {
      if (!home)
        missing.push({
          code: 'NO_HOME_POPULATION',
          message: `Cannot be scaled: the data set has no ${base} figure for ${input.home.name}.`,
        });
      if (!target)
        missing.push({
          code: 'NO_TARGET_POPULATION',
          message: `Cannot be scaled: the data set has no ${base} figure for ${input.target.name}.`,
        });
    }
    if (home && target) {
      const figureInput = (f: PopulationFigure, name: string, note: string | null): StepInput<C> => ({
        label: `${name}: ${base} ${f.year}${note ? ` (${note})` : ''}`,
        value: String(f.value),
        unit: 'PERSONS',
        recordType: 'IndicatorValue',
        recordId: f.recordId ?? undefined,
        citations: [],
        source: f.source,
      });
      steps.push({
        kind: 'POPULATION_BASE',
        formula: `ratio = ${input.target.name} ${target.value} (${target.year}) ÷ ${input.home.name} ${home.value} (${home.year}) = ${(target.value / home.value).toFixed(4)}`,
        low: null,
        high: null,
        inputs: [
          figureInput(home, input.home.name, figures.home.note),
          figureInput(target, input.target.name, figures.target.note),
        ],
        assumptions: ['POPULATION_BASE'],
      });
      development = scaledRange(costCents, shares, fixed, home.value, target.value);
      steps.push({
        kind: 'SCALED_COST',
        formula: `cost × share × (f + (1 − f) × ratio), fixed part f = ${fixed[0] / 100}…${fixed[1] / 100} % = ${eur(development.low.cents)} … ${eur(development.high.cents)}`,
        low: development.low,
        high: development.high,
        inputs: [costInput],
        assumptions: ['PARENT_SHARE', 'POPULATION_BASE', 'FIXED_PART', 'PRICE_LEVEL'].filter(
          (a) => a !== 'PARENT_SHARE' || source.fromParent,
        ) as AssumptionCode[],
      });
    }
    used.push({
      code: 'FIXED_PART',
      method: 'FIXED_RANGE',
      lowPercent: fixed[0] / 100,
      highPercent: fixed[1] / 100,
      isDefault: !assumptions.fixedPercent,
      explanation: assumptions.fixedPercent
        ? `The user set the part of the cost that does not grow with the population to ${fixed[0] / 100}–${fixed[1] / 100} %.`
        : 'The documents do not say which part of the cost is fixed (model work, materials) and which grows with the population (staff time): the range spans from all of it growing (0 % fixed) to none of it growing (100 % fixed).',
      options: [],
    });
    used.push({
      code: 'PRICE_LEVEL',
      method: 'NOT_ADJUSTED',
      lowPercent: null,
      highPercent: null,
      isDefault: true,
      explanation: `Euros at the price level of ${source.owner.start?.slice(0, 4) ?? '?'}–${source.owner.end?.slice(0, 4) ?? '?'} (as reported, ${source.cost.basis.toLowerCase()}); not adjusted for inflation.`,
      options: [],
    });
  }

  // Running cost: only a stated figure can be scaled; words are shown as they are.
  let running: Estimate | null = null;
  const figure = input.statements.find((s) => s.amount !== null);
  const home = figures.home.figure;
  const target = figures.target.figure;
  if (figure && home && target) {
    running = scaledRange(
      toCents(figure.amount as number),
      [
        { num: 1n, den: 1n },
        { num: 1n, den: 1n },
      ],
      fixed,
      home.value,
      target.value,
    );
    steps.push({
      kind: 'RUNNING_COST',
      formula: `running cost × (f + (1 − f) × ratio) = ${eur(running.low.cents)} … ${eur(running.high.cents)}`,
      low: running.low,
      high: running.high,
      inputs: [
        {
          label: figure.summary,
          value: centsText(toCents(figure.amount as number)),
          unit: 'EUR',
          recordType: figure.recordType,
          recordId: figure.recordId,
          citations: figure.citations,
        },
      ],
      assumptions: ['POPULATION_BASE', 'FIXED_PART'],
    });
  } else if (!figure)
    missing.push({
      code: 'NO_RUNNING_COST_FIGURE',
      message: input.statements.length
        ? 'Running cost cannot be estimated: the documents describe it in words only (see the statements), without a figure.'
        : 'Running cost cannot be estimated: the documents say nothing about it.',
    });

  return {
    development,
    running,
    known,
    assumptions: used,
    steps,
    missing,
    populationBase: base,
    homePopulation: figures.home.figure,
    targetPopulation: figures.target.figure,
  };
}
