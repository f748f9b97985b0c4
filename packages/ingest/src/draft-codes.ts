import { COST_KINDS, type PeriodPrecision, type PracticePhase } from '@vertailu/data/vocabulary';

/**
 * The codes of drafts: what kinds of field a draft has and the value sets of the ingester's own
 * fields. Every list that is the data set's (cost kinds, phases, precisions, partner roles, outcome
 * kinds, directions, evidence types) is the one vocabulary's or a typed part of it, never retyped.
 */

/** What a draft field holds (the GraphQL enum DraftFieldKind, in its order). */
export const DRAFT_FIELD_KINDS = [
  'DOCUMENT_TYPE',
  'NAME',
  'MUNICIPALITY',
  'APPLICANT',
  'PERIOD',
  'PROJECT_NUMBER',
  'PHASE',
  'CREATED_DATE',
  'MODIFIED_DATE',
  'DECISION_DATE',
  'AMOUNT',
  'FUNDER',
  'NO_SEPARATE_FUNDING',
  'SECTOR',
  'TARGET_GROUP',
  'PARTNER',
  'OUTCOME',
] as const;
export type DraftFieldKind = (typeof DRAFT_FIELD_KINDS)[number];

export { FIELD_ORIGINS, type FieldOrigin } from '@vertailu/data/vocabulary';

/** Kinds a draft may hold many of (amounts, funders, sectors …); every other kind it holds at most once. */
const MULTI_VALUED: readonly DraftFieldKind[] = [
  'AMOUNT',
  'FUNDER',
  'SECTOR',
  'TARGET_GROUP',
  'PARTNER',
  'OUTCOME',
];

/** Kinds a draft holds at most one of. */
export const SINGLE_VALUED: readonly DraftFieldKind[] = DRAFT_FIELD_KINDS.filter(
  (k) => !MULTI_VALUED.includes(k),
);

/** Which figure an amount is: one of the vocabulary's cost kinds, or a grant (a funding line). */
export const AMOUNT_ROLES = [...COST_KINDS, 'GRANT'] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

/** The phases a practice description states ("Kehitteillä", "Valmis"): vocabulary codes. */
export const DRAFT_PHASES = ['IN_DEVELOPMENT', 'COMPLETED'] as const satisfies readonly PracticePhase[];
export type DraftPhase = (typeof DRAFT_PHASES)[number];

/** How exactly a draft's period is known: the day, or only the years. */
export const DRAFT_PERIOD_PRECISIONS = ['DAY', 'YEAR'] as const satisfies readonly PeriodPrecision[];

export const OUTCOME_UNITS = ['%', 'count'] as const;
export type OutcomeUnit = (typeof OUTCOME_UNITS)[number];
export type DraftPeriodPrecision = (typeof DRAFT_PERIOD_PRECISIONS)[number];
